package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.S3FileStore;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.local.emulator.FreePort;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.FileStore.PresignedUpload;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The S3 file store against S3Proxy, with the browser's side played by java.net.http: S3Proxy checks the
 * signature of presigned URLs, so the signed Content-Type, Content-Length and expiry are enforced.
 */
class S3FileStoreTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();
    private static final String PDF = "application/pdf";
    private static final Duration VALIDITY = Duration.ofMinutes(5);

    private final FileStore files = new S3FileStore(EMULATORS.aws().s3(), EMULATORS.aws().s3Presigner(),
            EMULATORS.bucketName());
    private final HttpClient browser = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    private final byte[] pdf = resource("/it/dossier.pdf");
    private final String key = "dossiers/it-" + UUID.randomUUID() + "/budget prévisionnel.pdf";

    @Test
    void a_file_written_in_parts_is_stored_whole_and_a_failed_one_leaves_nothing() throws Exception {
        String key = "exports/it/" + java.util.UUID.randomUUID() + "/big.csv";
        byte[] line = "ARA-2030-L-00001;Commune d'Évian;12,50\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int lines = 400_000; // about 17 MB: three parts of the multipart upload
        files.write(key, "text/csv; charset=utf-8", out -> {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
        });
        assertThat(files.describe(key)).hasValueSatisfying(f -> assertThat(f.size()).isEqualTo((long) lines * line.length));
        byte[] stored = EMULATORS.aws().s3().getObjectAsBytes(r -> r.bucket(EMULATORS.bucketName()).key(key)).asByteArray();
        assertThat(java.util.Arrays.copyOfRange(stored, stored.length - line.length, stored.length)).isEqualTo(line);

        String failed = "exports/it/" + java.util.UUID.randomUUID() + "/failed.csv";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> files.write(failed, "text/csv", out -> {
            for (int i = 0; i < lines; i++) {
                out.write(line);
            }
            throw new java.io.IOException("the export broke off");
        })).isInstanceOf(java.io.UncheckedIOException.class);
        assertThat(files.describe(failed)).isEmpty();
    }

    @Test
    void the_browser_uploads_with_the_announced_type_and_size() {
        PresignedUpload upload = files.presignUpload(key, PDF, pdf.length, VALIDITY);

        assertThat(upload.method()).isEqualTo("PUT");
        assertThat(upload.headers()).containsOnly(
                Map.entry("Content-Type", PDF),
                Map.entry("Content-Length", Integer.toString(pdf.length)));
        assertThat(upload.expiresAt()).isAfter(Instant.now().plus(VALIDITY).minusSeconds(5));

        HttpResponse<String> response = put(upload, upload.headers().get("Content-Type"), pdf);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(files.describe(key)).contains(new FileStore.StoredFile(key, pdf.length, PDF));
    }

    @Test
    void another_content_type_is_rejected() {
        PresignedUpload upload = files.presignUpload(key, PDF, pdf.length, VALIDITY);

        HttpResponse<String> response = put(upload, "image/png", pdf);

        assertRefusedBySignature(response);
        assertThat(files.describe(key)).isEmpty();
    }

    @Test
    void a_longer_or_shorter_body_than_announced_is_rejected() {
        PresignedUpload upload = files.presignUpload(key, PDF, pdf.length, VALIDITY);
        byte[] longer = Arrays.copyOf(pdf, pdf.length + 1);
        byte[] shorter = Arrays.copyOf(pdf, pdf.length - 1);

        HttpResponse<String> tooLong = put(upload, PDF, longer);
        HttpResponse<String> tooShort = put(upload, PDF, shorter);

        assertRefusedBySignature(tooLong);
        assertRefusedBySignature(tooShort);
        assertThat(files.describe(key)).isEmpty();
    }

    /** A client that streams without announcing a length does not match the signed Content-Length either. */
    @Test
    void a_chunked_body_without_content_length_is_rejected() {
        PresignedUpload upload = files.presignUpload(key, PDF, pdf.length, VALIDITY);
        HttpRequest request = HttpRequest.newBuilder(URI.create(upload.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", PDF)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(pdf)))
                .build();

        HttpResponse<String> response = send(request);

        assertRefusedBySignature(response);
        assertThat(files.describe(key)).isEmpty();
    }

    @Test
    void an_expired_upload_url_is_rejected() throws InterruptedException {
        PresignedUpload upload = files.presignUpload(key, PDF, pdf.length, Duration.ofSeconds(1));
        // X-Amz-Date has a one-second resolution: wait a full second past the announced expiry
        Instant waitUntil = upload.expiresAt().plusSeconds(1).plusMillis(100);
        assertThat(Duration.between(Instant.now(), waitUntil)).isLessThan(Duration.ofSeconds(3));
        while (Instant.now().isBefore(waitUntil)) {
            Thread.sleep(50);
        }

        HttpResponse<String> response = put(upload, PDF, pdf);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("<Code>AccessDenied</Code>").contains("Request has expired");
        assertThat(files.describe(key)).isEmpty();
    }

    @Test
    void first_bytes_give_the_header_of_the_file() {
        upload(pdf);

        assertThat(new String(files.firstBytes(key, 8), StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-1.4");
        assertThat(files.firstBytes(key, 1)).containsExactly((byte) '%');
        assertThat(files.firstBytes(key, pdf.length + 1000)).isEqualTo(pdf);
        assertThat(files.firstBytes(key, 0)).isEmpty();
    }

    @Test
    void first_bytes_of_a_missing_file_fail() {
        assertThatThrownBy(() -> files.firstBytes(key, 8)).isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void the_download_url_gives_the_same_bytes_as_an_attachment() {
        upload(pdf);

        FileStore.PresignedDownload download = files.presignDownload(key, "Budget prévisionnel – été.pdf", VALIDITY);
        HttpResponse<byte[]> response = sendForBytes(HttpRequest.newBuilder(URI.create(download.url()))
                .timeout(Duration.ofSeconds(10))
                .GET()
                .build());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(pdf);
        assertThat(response.headers().firstValue("Content-Type")).contains(PDF);
        assertThat(response.headers().firstValue("Content-Disposition")).contains(
                "attachment; filename=\"Budget previsionnel _ ete.pdf\"; "
                        + "filename*=UTF-8''Budget%20pr%C3%A9visionnel%20%E2%80%93%20%C3%A9t%C3%A9.pdf");
        assertThat(download.expiresAt()).isAfter(Instant.now());
    }

    @Test
    void a_deleted_file_is_gone() {
        upload(pdf);
        assertThat(files.describe(key)).isPresent();

        files.delete(key);

        assertThat(files.describe(key)).isEmpty();
        files.delete(key); // deleting again is harmless, as on S3
    }

    @Test
    void describe_of_a_missing_file_is_empty() {
        assertThat(files.describe("dossiers/it-" + UUID.randomUUID() + "/nothing.pdf")).isEmpty();
    }

    @Test
    void s3_down_is_unavailable() {
        AwsClients down = new AwsClients(Environment.of(EMULATORS.environmentWith(
                Map.of(AwsClients.S3_ENDPOINT, "http://127.0.0.1:" + FreePort.find()))));
        FileStore unreachable = new S3FileStore(down.s3(), down.s3Presigner(), EMULATORS.bucketName());

        assertThatThrownBy(() -> unreachable.describe(key)).isInstanceOf(Unavailable.class).hasMessage("S3 unavailable");
        assertThatThrownBy(() -> unreachable.firstBytes(key, 8)).isInstanceOf(Unavailable.class);
        assertThatThrownBy(() -> unreachable.delete(key)).isInstanceOf(Unavailable.class);
    }

    /** S3 refuses the PUT: what it received does not match what the URL signed. */
    private static void assertRefusedBySignature(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(403);
        assertThat(response.body()).contains("SignatureDoesNotMatch");
    }

    private void upload(byte[] content) {
        PresignedUpload upload = files.presignUpload(key, PDF, content.length, VALIDITY);
        HttpResponse<String> response = put(upload, PDF, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** What a browser does: PUT the body with the given Content-Type; Content-Length is the body's. */
    private HttpResponse<String> put(PresignedUpload upload, String contentType, byte[] body) {
        return send(HttpRequest.newBuilder(URI.create(upload.url()))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", contentType)
                .method(upload.method(), HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<byte[]> sendForBytes(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String name) {
        try (InputStream in = S3FileStoreTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing test resource " + name);
            }
            byte[] bytes = in.readAllBytes();
            if (!new String(bytes, 0, 8, StandardCharsets.ISO_8859_1).equals("%PDF-1.4")) {
                throw new IllegalStateException(name + " is not a PDF 1.4");
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
