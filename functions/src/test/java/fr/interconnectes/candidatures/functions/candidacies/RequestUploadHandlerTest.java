package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
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
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/request-upload.json}, through the handler's seam. */
class RequestUploadHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final RequestUploadHandler handler = new RequestUploadHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new InMemoryFileStore(Fixtures.DURING_CALL),
            clock, new RecordingMetrics());

    @ParameterizedTest
    @Event(value = "../events/request-upload.json", type = APIGatewayV2HTTPEvent.class)
    void the_announced_pdf_is_recorded_pending_with_where_to_put_it(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        String attachmentId = body(response).get("attachmentId").asText();
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Location", "/candidacies/" + DOSSIER + "/attachments/" + attachmentId);
        assertThat(body(response).at("/attachment/fileName").asText()).isEqualTo("Dossier de candidature.pdf");
        assertThat(body(response).at("/attachment/status").asText()).isEqualTo("pending");
        assertThat(body(response).at("/upload/method").asText()).isEqualTo("PUT");
        assertThat(body(response).at("/upload/url").asText()).isEqualTo("https://files.test/campaigns/"
                + Fixtures.LABEL_CAMPAIGN + "/candidacies/" + DOSSIER + "/" + attachmentId + ".pdf?upload");
        assertThat(body(response).at("/upload/headers/Content-Length").asText()).isEqualTo("482133");
        assertThat(body(response).at("/upload/expiresAt").asText()).isEqualTo("2019-10-01T10:15:00+02:00");
        assertThat(candidacies.stored(DOSSIER).attachments()).singleElement().satisfies(file -> {
            assertThat(file.id()).isEqualTo(attachmentId);
            assertThat(file.state()).isEqualTo(Attachment.State.PENDING);
            assertThat(file.size()).isEqualTo(ApplicantSamples.ATTACHMENT_SIZE);
        });
    }

    @ParameterizedTest
    @Event(value = "../events/request-upload.json", type = APIGatewayV2HTTPEvent.class)
    void an_announcement_without_name_nor_size_lists_both_faults(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        event.setBody("{\"fileName\": \"  \", \"contentType\": \"application/pdf\"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields").findValuesAsText("field")).containsExactly("fileName", "size");
        assertThat(candidacies.stored(DOSSIER).attachments()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/request-upload.json", type = APIGatewayV2HTTPEvent.class)
    void a_program_is_not_a_file_the_campaign_takes(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        event.setBody("{\"fileName\": \"setup.exe\", \"contentType\": \"application/octet-stream\", \"size\": 1000}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(errorCode(response)).isEqualTo("unsupported_file_type");
        assertThat(candidacies.stored(DOSSIER).attachments()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/request-upload.json", type = APIGatewayV2HTTPEvent.class)
    void after_the_deadline_no_file_is_announced(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
        assertThat(candidacies.stored(DOSSIER).attachments()).isEmpty();
    }
}
