package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.S3FileStore;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Files: the store enforces what was announced, the server checks what really arrived. */
class UploadRulesTest {

    static final String OPEN = "aura-2027-label";
    /** A real 1x1 PNG. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==");

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    private Applicants.Dossier draft() {
        return Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("files")));
    }

    private Api.Response announce(Applicants.Dossier dossier, String fileName, String contentType, long size) {
        return api.post("/candidacies/" + dossier.id() + "/attachments",
                Map.of("fileName", fileName, "contentType", contentType, "size", size), "Authorization", dossier.auth());
    }

    @Test
    void a_pdf_that_is_not_a_pdf_is_rejected_and_deleted() {
        var dossier = draft();
        Api.Response requested = announce(dossier, "dossier.pdf", "application/pdf", PNG.length);
        String url = requested.json().at("/upload/url").asText();
        assertThat(api.upload(url, PNG, "application/pdf")).isEqualTo(200);
        String attachmentId = requested.json().get("attachmentId").asText();

        Api.Response complete = api.post("/candidacies/" + dossier.id() + "/attachments/" + attachmentId + "/complete",
                null, "Authorization", dossier.auth());

        assertThat(complete.status()).isEqualTo(422);
        assertThat(complete.errorCode()).isEqualTo("file_type_mismatch");
        var files = new S3FileStore(backend.aws().s3(), backend.aws().s3Presigner(), backend.bucketName());
        String key = "campaigns/" + OPEN + "/candidacies/" + dossier.id() + "/" + attachmentId + ".pdf";
        assertThat(files.describe(key)).isEmpty();
        assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json().get("attachments"))
                .isEmpty();
    }

    @Test
    void a_real_png_declared_as_png_is_received() {
        Api.Response complete = Applicants.attach(api, draft(), "plan.png", "image/png", PNG);
        assertThat(complete.status()).as(complete.body()).isEqualTo(200);
        assertThat(complete.json().get("contentType").asText()).isEqualTo("image/png");
    }

    @Test
    void the_store_refuses_another_type_or_size_than_announced() {
        var dossier = draft();
        byte[] pdf = Applicants.pdf();
        String url = announce(dossier, "dossier.pdf", "application/pdf", pdf.length).json().at("/upload/url").asText();

        assertThat(api.upload(url, pdf, "image/png")).isEqualTo(403);
        assertThat(api.upload(url, "%PDF-1.4 trop court".getBytes(StandardCharsets.UTF_8), "application/pdf")).isEqualTo(403);
        assertThat(api.upload(url, pdf, "application/pdf")).isEqualTo(200);
    }

    @Test
    void completing_before_uploading_says_the_file_is_missing() {
        var dossier = draft();
        String attachmentId = announce(dossier, "dossier.pdf", "application/pdf", 610).json().get("attachmentId").asText();

        Api.Response complete = api.post("/candidacies/" + dossier.id() + "/attachments/" + attachmentId + "/complete",
                null, "Authorization", dossier.auth());

        assertThat(complete.status()).isEqualTo(409);
        assertThat(complete.errorCode()).isEqualTo("upload_missing");
    }

    @Test
    void limits_of_the_campaign_are_enforced_with_their_own_codes() {
        var dossier = draft();
        assertThat(announce(dossier, "gros.pdf", "application/pdf", 20L * 1024 * 1024 + 1).errorCode()).isEqualTo("file_too_large");
        assertThat(announce(dossier, "virus.exe", "application/octet-stream", 100).errorCode()).isEqualTo("unsupported_file_type");
        assertThat(announce(dossier, "photo.png", "application/pdf", 100).errorCode()).isEqualTo("unsupported_file_type");
        Api.Response empty = announce(dossier, "vide.pdf", "application/pdf", 0);
        assertThat(empty.status()).isEqualTo(400);
        assertThat(ApplicantFlowTest.fields(empty)).containsExactly("size");
        Api.Response unknownField = api.post("/candidacies/" + dossier.id() + "/attachments",
                Map.of("fileName", "a.pdf", "contentType", "application/pdf", "size", 10, "path", "/etc/passwd"),
                "Authorization", dossier.auth());
        assertThat(ApplicantFlowTest.fields(unknownField)).containsExactly("path");

        for (int i = 0; i < 10; i++) {
            assertThat(announce(dossier, "piece-" + i + ".pdf", "application/pdf", 100).status()).isEqualTo(201);
        }
        Api.Response eleventh = announce(dossier, "piece-11.pdf", "application/pdf", 100);
        assertThat(eleventh.status()).isEqualTo(422);
        assertThat(eleventh.errorCode()).isEqualTo("too_many_files");
    }

    @Test
    void a_file_can_be_removed_but_a_submitted_dossier_keeps_at_least_one() {
        var dossier = draft();
        Api.Response first = Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
        String firstId = first.json().get("id").asText();
        assertThat(api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth()).status())
                .isEqualTo(200);

        Api.Response refused = api.delete("/candidacies/" + dossier.id() + "/attachments/" + firstId, "Authorization", dossier.auth());
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("incomplete");

        Applicants.attach(api, dossier, "annexe.png", "image/png", PNG);
        Api.Response removed = api.delete("/candidacies/" + dossier.id() + "/attachments/" + firstId, "Authorization", dossier.auth());
        assertThat(removed.status()).isEqualTo(204);
        var after = api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json();
        assertThat(after.get("attachments")).hasSize(1);
        assertThat(after.get("status").asText()).isEqualTo("submitted");
    }
}
