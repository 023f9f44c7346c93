package fr.interconnectes.candidatures.http.applications;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.CandidacyView;
import fr.interconnectes.candidatures.applications.CreateCandidacy;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApplicantResponsesTest {

    private final Candidacy draft = Fixtures.draft("c1", Fixtures.LABEL_CAMPAIGN, Fixtures.bareLabelForm("mairie@annecy.fr"),
            "t", Fixtures.DURING_CALL);

    private static JsonNode body(ApiResponse response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void a_new_draft_is_answered_with_its_token_where_to_find_it_and_its_version() {
        ApiResponse response = ApplicantResponses.created(
                new CreateCandidacy.Created(draft, "the-token", Fixtures.labelCampaign(), false));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("Location", "/candidacies/c1").containsEntry("ETag", "\"1\"")
                .containsEntry("Cache-Control", "no-store").doesNotContainKey("Idempotent-Replayed");
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("id", "status", "version", "accessToken", "deadline", "createdAt");
        assertThat(body.get("status").asText()).isEqualTo("draft");
        assertThat(body.get("accessToken").asText()).isEqualTo("the-token");
        assertThat(body.get("deadline").asText()).isEqualTo("2019-10-10T23:59:59+02:00");
        assertThat(body.get("createdAt").asText()).isEqualTo("2019-10-01T10:00:00+02:00");
    }

    @Test
    void a_replay_says_so() {
        ApiResponse response = ApplicantResponses.created(
                new CreateCandidacy.Created(draft, "the-token", Fixtures.labelCampaign(), true));

        assertThat(response.headers()).containsEntry("Idempotent-Replayed", "true");
    }

    @Test
    void a_dossier_is_answered_with_its_version_as_etag() {
        var view = new CandidacyView(draft, Fixtures.labelCampaign(), new ApplicationForms().missingForSubmission(draft));

        ApiResponse response = ApplicantResponses.dossier(view, Language.EN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("ETag", "\"1\"");
        assertThat(body(response).get("missing").get(0).get("message").asText()).isEqualTo("This field is required.");
    }

    @Test
    void an_announced_file_is_answered_with_where_it_is_and_where_to_put_it_in_paris_time() {
        Attachment pending = new Attachment("a7", "dossier.pdf", FileType.PDF, 610, Attachment.State.PENDING,
                "campaigns/x/a7.pdf", Fixtures.DURING_CALL, null);
        var upload = new FileStore.PresignedUpload("https://files.test/a7", "PUT",
                Map.of("Content-Type", "application/pdf"), Instant.parse("2019-10-01T08:15:00Z"));

        ApiResponse response = ApplicantResponses.uploadRequested("c1", new RequestUpload.Requested(pending, upload));

        assertThat(response.status()).isEqualTo(201);
        assertThat(response.headers()).containsEntry("Location", "/candidacies/c1/attachments/a7");
        JsonNode body = body(response);
        assertThat(fieldNames(body)).containsExactly("attachmentId", "attachment", "upload");
        assertThat(body.get("attachmentId").asText()).isEqualTo("a7");
        assertThat(body.at("/attachment/status").asText()).isEqualTo("pending");
        assertThat(body.at("/attachment/createdAt").asText()).isEqualTo("2019-10-01T10:00:00+02:00");
        assertThat(body.at("/upload/method").asText()).isEqualTo("PUT");
        assertThat(body.at("/upload/expiresAt").asText()).isEqualTo("2019-10-01T10:15:00+02:00");
    }

    @Test
    void a_checked_file_is_answered_as_it_now_is() {
        ApiResponse response = ApplicantResponses.attachment(Fixtures.receivedPdf("a1", Fixtures.DURING_CALL));

        assertThat(response.status()).isEqualTo(200);
        assertThat(body(response).get("status").asText()).isEqualTo("received");
        assertThat(body(response).get("receivedAt").asText()).isEqualTo("2019-10-01T10:00:00+02:00");
    }

    @Test
    void a_removal_is_answered_with_no_content() {
        ApiResponse response = ApplicantResponses.removed();

        assertThat(response.status()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertThat(response.headers()).isEqualTo(Map.of("Cache-Control", "no-store"));
    }

    @Test
    void a_request_for_links_is_accepted_with_the_same_words_whatever_the_address() {
        ApiResponse french = ApplicantResponses.accessLinksSent(Language.FR);
        ApiResponse english = ApplicantResponses.accessLinksSent(Language.EN);

        assertThat(french.status()).isEqualTo(202);
        assertThat(french.headers()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(fieldNames(body(french))).containsExactly("message");
        assertThat(body(french).get("message").asText()).isEqualTo(
                "Si cette adresse a des dossiers dans cette campagne, un courriel avec de nouveaux liens est en route.");
        assertThat(body(english).get("message").asText()).isEqualTo(
                "If this address has dossiers in this campaign, a mail with fresh links is on its way.");
    }
}
