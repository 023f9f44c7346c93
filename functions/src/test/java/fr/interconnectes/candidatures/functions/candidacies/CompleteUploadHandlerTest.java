package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.ATTACHMENT;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.ATTACHMENT_KEY;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DOSSIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import fr.interconnectes.candidatures.testing.TestClock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/complete-upload.json}, through the handler's seam. */
class CompleteUploadHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryFileStore files = new InMemoryFileStore(Fixtures.DURING_CALL);
    private final CompleteUploadHandler handler = new CompleteUploadHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, files, new TestClock(Fixtures.DURING_CALL), new RecordingMetrics());

    @ParameterizedTest
    @Event(value = "../events/complete-upload.json", type = APIGatewayV2HTTPEvent.class)
    void the_uploaded_pdf_is_checked_and_counts(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.PENDING));
        ApplicantSamples.uploadThePdf(files);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("id").asText()).isEqualTo(ATTACHMENT);
        assertThat(body(response).get("status").asText()).isEqualTo("received");
        assertThat(body(response).get("receivedAt").asText()).isEqualTo("2019-10-01T10:00:00+02:00");
        assertThat(candidacies.stored(DOSSIER).attachment(ATTACHMENT)).hasValueSatisfying(
                file -> assertThat(file.received()).isTrue());
    }

    @ParameterizedTest
    @Event(value = "../events/complete-upload.json", type = APIGatewayV2HTTPEvent.class)
    void a_file_never_uploaded_is_missing_and_stays_pending(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.PENDING));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("upload_missing");
        assertThat(candidacies.stored(DOSSIER).attachment(ATTACHMENT)).hasValueSatisfying(
                file -> assertThat(file.received()).isFalse());
    }

    @ParameterizedTest
    @Event(value = "../events/complete-upload.json", type = APIGatewayV2HTTPEvent.class)
    void a_renamed_file_that_is_no_pdf_is_deleted_and_refused(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.PENDING));
        ApplicantSamples.upload(files, "Dossier de candidature, en texte brut.\n");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(errorCode(response)).isEqualTo("file_type_mismatch");
        assertThat(files.deleted()).containsExactly(ATTACHMENT_KEY);
        assertThat(candidacies.stored(DOSSIER).attachments()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/complete-upload.json", type = APIGatewayV2HTTPEvent.class)
    void a_file_the_dossier_does_not_list_is_not_found(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.PENDING));
        event.setPathParameters(Map.of("candidacyId", DOSSIER, "attachmentId", "aSomeOtherFile"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("attachment_not_found");
    }
}
