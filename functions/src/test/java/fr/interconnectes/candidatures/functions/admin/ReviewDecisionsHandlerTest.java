package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.asRegionalOrganiser;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/review-decisions.json}, through the handler's seam. */
class ReviewDecisionsHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ReviewDecisionsHandler handler = new ReviewDecisionsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies);

    /** In the sample's campaign: one finalist to tell, one decision sent, one dossier undecided, one draft. */
    private void storeDossiers() {
        candidacies.put(Fixtures.submitted("cUndecided", "ARA-2019-L-0003", Fixtures.DURING_CALL));
        candidacies.put(Fixtures.submitted("cFinalist", "ARA-2019-L-0001", Fixtures.DURING_CALL).withDecision(
                new Decision(Decision.Outcome.FINALIST, null, "organiser-sub", Fixtures.DURING_CALL, null)));
        candidacies.put(Fixtures.withSentDecision(Fixtures.submitted("cNotSelected", "ARA-2019-L-0002",
                Fixtures.DURING_CALL), Decision.Outcome.NOT_SELECTED, Fixtures.DURING_CALL));
        candidacies.put(Fixtures.readyToSubmit("cDraft", "token-cDraft", Fixtures.DURING_CALL));
    }

    @ParameterizedTest
    @Event(value = "../events/review-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void the_organiser_reviews_every_submitted_dossier_and_what_sending_would_do(APIGatewayV2HTTPEvent event) {
        storeDossiers();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var review = body(response);
        assertThat(review.get("campaignId").asText()).isEqualTo("aura-2019-label");
        assertThat(review.get("dossiers").findValuesAsText("candidacyId"))
                .containsExactly("cFinalist", "cNotSelected", "cUndecided");
        assertThat(review.get("dossiers").findValuesAsText("decisionState")).containsExactly("pending", "sent", "none");
        assertThat(review.at("/counts/submitted").asInt()).isEqualTo(3);
        assertThat(review.at("/counts/undecided").asInt()).isEqualTo(1);
        assertThat(review.at("/counts/pending").asInt()).isEqualTo(1);
        assertThat(review.at("/counts/sent").asInt()).isEqualTo(1);
        assertThat(review.at("/sending/mails").asInt()).isEqualTo(1);
        assertThat(review.at("/sending/finalist").asInt()).isEqualTo(1);
        assertThat(review.at("/sending/undecidedLeftOut").asInt()).isEqualTo(1);
        assertThat(response.getBody()).doesNotContain("token-");
    }

    @ParameterizedTest
    @Event(value = "../events/review-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_campaign_is_named_in_the_refusal(APIGatewayV2HTTPEvent event) {
        event.setPathParameters(Map.of("campaignId", "aura-1999-label"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("campaign_not_found");
        assertThat(body(response).at("/error/message").asText()).contains("aura-1999-label");
    }

    @ParameterizedTest
    @Event(value = "../events/review-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void a_regional_organiser_of_another_region_reviews_nothing(APIGatewayV2HTTPEvent event) {
        storeDossiers();
        asRegionalOrganiser(event, "IDF");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(response.getBody()).doesNotContain("cFinalist");
    }
}
