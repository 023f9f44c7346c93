package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.CAMPAIGN_2027;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DURING_2027_CALL;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryIdempotencyKeys;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/create-candidacy.json}, through the handler's seam. */
class CreateCandidacyHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryIdempotencyKeys idempotencyKeys = new InMemoryIdempotencyKeys();
    private final TestClock clock = new TestClock(DURING_2027_CALL);
    private final CreateCandidacyHandler handler = new CreateCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), candidacies, idempotencyKeys, Fixtures.tokens(), clock, new RecordingMetrics());

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void the_sample_form_becomes_a_draft_opened_by_the_token_shown_once(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        String id = body(response).get("id").asText();
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Location", "/candidacies/" + id).containsEntry("ETag", "\"1\"")
                .doesNotContainKey("Idempotent-Replayed");
        assertThat(body(response).get("status").asText()).isEqualTo("draft");
        assertThat(body(response).get("deadline").asText()).isEqualTo("2027-10-10T23:59:59+02:00");
        var stored = candidacies.stored(id);
        assertThat(stored.campaignId()).isEqualTo(CAMPAIGN_2027);
        assertThat(stored.status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(stored.form().applicant().organisation()).isEqualTo("Communauté d'agglomération du Grand Annecy");
        assertThat(stored.contactEmail()).isEqualTo("elise.martin@grandannecy.fr");
        assertThat(AccessTokens.matches(body(response).get("accessToken").asText(), stored.accessTokenHashes()))
                .isTrue();
        assertThat(idempotencyKeys.size()).isEqualTo(1);
    }

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void the_same_key_sent_again_gives_the_same_dossier_and_says_so(APIGatewayV2HTTPEvent event) {
        var first = invoke(handler, event);
        clock.advance(Duration.ofMinutes(1));

        var again = invoke(handler, event);

        assertThat(again.getStatusCode()).isEqualTo(201);
        assertThat(again.getHeaders()).containsEntry("Idempotent-Replayed", "true")
                .containsEntry("Location", first.getHeaders().get("Location"));
        assertThat(body(again).get("accessToken")).isEqualTo(body(first).get("accessToken"));
        assertThat(candidacies.all()).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void after_the_deadline_no_draft_is_created(APIGatewayV2HTTPEvent event) {
        clock.set(Fixtures.AFTER_DEADLINE.atZone(Fixtures.PARIS).plusYears(8).toInstant());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
        assertThat(candidacies.all()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_form_without_organisation_nor_contact_address_lists_both_faults(APIGatewayV2HTTPEvent event) {
        event.setBody(event.getBody().replace("Communauté d'agglomération du Grand Annecy", " ")
                .replace("elise.martin@grandannecy.fr", "elise.martin"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields").findValuesAsText("field"))
                .containsExactly("applicant.organisation", "applicant.contact.email");
        assertThat(candidacies.all()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_malformed_idempotency_key_is_refused(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("idempotency-key", "short");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("invalid_idempotency_key");
        assertThat(candidacies.all()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_body_not_declared_as_json_is_refused(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("content-type", "text/plain");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(415);
        assertThat(errorCode(response)).isEqualTo("unsupported_media_type");
    }
}
