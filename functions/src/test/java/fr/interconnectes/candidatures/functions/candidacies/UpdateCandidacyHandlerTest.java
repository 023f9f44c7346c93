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
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/update-candidacy.json}, through the handler's seam. */
class UpdateCandidacyHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final UpdateCandidacyHandler handler = new UpdateCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, clock, new RecordingMetrics());

    /** The sample sends If-Match "2": the draft as its applicant last read it, one file added since it was created. */
    private void storeTheDraftAtVersion2() {
        candidacies.put(ApplicantSamples.draftWithFile(Attachment.State.RECEIVED));
    }

    @ParameterizedTest
    @Event(value = "../events/update-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void the_sample_form_replaces_the_one_the_applicant_last_read(APIGatewayV2HTTPEvent event) {
        storeTheDraftAtVersion2();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("ETag", "\"3\"");
        assertThat(body(response).at("/applicant/organisation").asText())
                .isEqualTo("Communauté d'agglomération du Grand Annecy");
        assertThat(body(response).at("/project/title").asText()).isEqualTo("Guichet unique des démarches en ligne");
        assertThat(body(response).get("missing").findValuesAsText("field")).isEmpty();
        var stored = candidacies.stored(DOSSIER);
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.contactEmail()).isEqualTo("elise.martin@grandannecy.fr");
        assertThat(stored.attachments()).extracting(Attachment::id).containsExactly(ApplicantSamples.ATTACHMENT);
    }

    @ParameterizedTest
    @Event(value = "../events/update-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_version_changed_since_the_applicant_read_it_is_not_overwritten(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(412);
        assertThat(errorCode(response)).isEqualTo("precondition_failed");
        assertThat(candidacies.stored(DOSSIER).form()).isEqualTo(ApplicantSamples.draft().form());
    }

    @ParameterizedTest
    @Event(value = "../events/update-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void without_the_access_token_nothing_is_opened(APIGatewayV2HTTPEvent event) {
        storeTheDraftAtVersion2();
        event.getHeaders().remove("authorization");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(errorCode(response)).isEqualTo("unauthorized");
        assertThat(response.getHeaders()).containsEntry("WWW-Authenticate", "Bearer");
        assertThat(candidacies.updates()).isZero();
    }

    @ParameterizedTest
    @Event(value = "../events/update-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void after_the_deadline_the_form_stays_as_it_was(APIGatewayV2HTTPEvent event) {
        storeTheDraftAtVersion2();
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
        assertThat(candidacies.stored(DOSSIER).version()).isEqualTo(2);
    }

    @ParameterizedTest
    @Event(value = "../events/update-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void an_if_match_that_names_no_version_is_refused(APIGatewayV2HTTPEvent event) {
        storeTheDraftAtVersion2();
        event.getHeaders().put("if-match", "\"two\"");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("invalid_if_match");
    }
}
