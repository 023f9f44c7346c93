package fr.interconnectes.candidatures.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.config.Environment;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** What the presigned URLs carry; no S3 needed (signing is local). The emulator tests check S3 enforces it. */
class S3FileStorePresignTest {

    private final AwsClients aws = new AwsClients(Environment.of(Map.of(
            AwsClients.REGION, "eu-west-3",
            "AWS_ACCESS_KEY_ID", "key",
            "AWS_SECRET_ACCESS_KEY", "secret",
            AwsClients.S3_ENDPOINT, "http://127.0.0.1:9")));
    private final S3FileStore store = new S3FileStore(aws.s3(), aws.s3Presigner(), "bucket");

    @Test
    void upload_url_signs_the_content_type_and_length_and_tells_the_browser_to_send_them() {
        Instant before = Instant.now();

        var upload = store.presignUpload("dossiers/d1/budget.pdf", "application/pdf", 1234, Duration.ofMinutes(5));

        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.headers()).containsOnly(
                Map.entry("Content-Type", "application/pdf"),
                Map.entry("Content-Length", "1234"));
        Map<String, String> query = query(upload.url());
        assertThat(query.get("X-Amz-SignedHeaders").split(";"))
                .contains("content-type", "content-length", "host");
        assertThat(query).containsEntry("X-Amz-Expires", "300");
        assertThat(URI.create(upload.url()).getPath()).isEqualTo("/bucket/dossiers/d1/budget.pdf");
        assertThat(upload.expiresAt()).isBetween(before.plusSeconds(299), Instant.now().plusSeconds(301));
    }

    @Test
    void download_url_asks_for_an_attachment_keeping_accents() {
        var download = store.presignDownload("dossiers/d1/x", "Présentation « été ».pdf", Duration.ofMinutes(1));

        assertThat(query(download.url())).containsEntry("response-content-disposition",
                "attachment; filename=\"Presentation _ ete _.pdf\"; "
                        + "filename*=UTF-8''Pr%C3%A9sentation%20%C2%AB%20%C3%A9t%C3%A9%20%C2%BB.pdf");
        assertThat(query(download.url())).containsEntry("X-Amz-Expires", "60");
    }

    @Test
    void content_disposition_escapes_quotes_and_separators() {
        assertThat(S3FileStore.attachment("a\"b\\c;d'e.pdf"))
                .isEqualTo("attachment; filename=\"a_b_c;d'e.pdf\"; filename*=UTF-8''a%22b%5Cc%3Bd%27e.pdf");
        assertThat(S3FileStore.attachment("  ")).isEqualTo("attachment; filename=\"document\"; filename*=UTF-8''document");
    }

    private static Map<String, String> query(String url) {
        return Arrays.stream(URI.create(url).getRawQuery().split("&"))
                .map(p -> p.split("=", 2))
                .collect(Collectors.toMap(
                        p -> URLDecoder.decode(p[0], StandardCharsets.UTF_8),
                        p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }
}
