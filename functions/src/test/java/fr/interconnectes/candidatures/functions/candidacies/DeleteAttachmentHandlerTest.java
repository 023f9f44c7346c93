package fr.interconnectes.candidatures.functions.candidacies;

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

/** The sample event of {@code sam local invoke -e events/delete-attachment.json}, through the handler's seam. */
class DeleteAttachmentHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryFileStore files = new InMemoryFileStore(Fixtures.DURING_CALL);
    private final DeleteAttachmentHandler handler = new DeleteAttachmentHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, files, new TestClock(Fixtures.DURING_CALL));

    @ParameterizedTest
    @Event(value = "../events/delete-attachment.json", type = APIGatewayV2HTTPEvent.class)
    void the_file_leaves_the_draft_and_the_store(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.RECEIVED));
        ApplicantSamples.uploadThePdf(files);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(204);
        assertThat(response.getBody()).isEmpty();
        assertThat(response.getHeaders()).containsEntry("Cache-Control", "no-store").doesNotContainKey("Content-Type");
        assertThat(candidacies.stored(DOSSIER).attachments()).isEmpty();
        assertThat(files.holds(ATTACHMENT_KEY)).isFalse();
    }

    @ParameterizedTest
    @Event(value = "../events/delete-attachment.json", type = APIGatewayV2HTTPEvent.class)
    void a_submitted_dossier_keeps_its_only_file(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());
        ApplicantSamples.uploadThePdf(files);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(errorCode(response)).isEqualTo("incomplete");
        assertThat(body(response).at("/error/fields").findValuesAsText("field")).containsExactly("attachments");
        assertThat(candidacies.stored(DOSSIER).attachment(ATTACHMENT)).isPresent();
        assertThat(files.holds(ATTACHMENT_KEY)).isTrue();
    }

    @ParameterizedTest
    @Event(value = "../events/delete-attachment.json", type = APIGatewayV2HTTPEvent.class)
    void a_file_the_dossier_does_not_list_is_not_found(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.RECEIVED));
        event.setPathParameters(Map.of("candidacyId", DOSSIER, "attachmentId", "aSomeOtherFile"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("attachment_not_found");
        assertThat(files.deleted()).isEmpty();
    }
}
