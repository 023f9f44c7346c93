package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.claims;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.asJurorOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/get-scores.json}, through the handler's seam. */
class GetScoresHandlerTest {

    /** The dossier the sample event names; its caller is a national organiser reading in English. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String SCORED = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final String TO_SCORE = "9c858901-8a57-4791-81fe-4c455b099bc9";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final GetScoresHandler handler = new GetScoresHandler(new InMemoryCampaigns(Fixtures.labelCampaign()),
            candidacies, juryRecords);

    private void storeDossierWithOneSheetScored() {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SCORED).withScores(Fixtures.evenScores(7), "Solide.",
                Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, TO_SCORE));
    }

    @ParameterizedTest
    @Event(value = "../events/get-scores.json", type = APIGatewayV2HTTPEvent.class)
    void the_organiser_sees_every_sheet_in_their_language(APIGatewayV2HTTPEvent event) {
        storeDossierWithOneSheetScored();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Content-Language", "en");
        assertThat(body(response).get("view").asText()).isEqualTo("organiser");
        assertThat(body(response).at("/criteria/1/label").asText()).isEqualTo("User focus");
        assertThat(body(response).get("jurors").findValuesAsText("jurorId")).containsExactly(TO_SCORE, SCORED);
        assertThat(body(response).at("/summary/scored").asInt()).isEqualTo(1);
        assertThat(body(response).at("/summary/toScore").asInt()).isEqualTo(1);
        assertThat(body(response).toString()).contains("Solide.").doesNotContain("token-" + DOSSIER);
    }

    @ParameterizedTest
    @Event(value = "../events/get-scores.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_who_has_not_scored_sees_only_their_own_sheet(APIGatewayV2HTTPEvent event) {
        storeDossierWithOneSheetScored();
        asJurorOnly(event);
        claims(event).put("sub", TO_SCORE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("view").asText()).isEqualTo("juror");
        assertThat(body(response).at("/mine/jurorId").asText()).isEqualTo(TO_SCORE);
        assertThat(body(response).get("others").asText()).isEqualTo("hidden_until_you_score");
        assertThat(response.getBody()).doesNotContain("Solide.");
    }

    @ParameterizedTest
    @Event(value = "../events/get-scores.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_not_on_the_dossier_sees_nothing(APIGatewayV2HTTPEvent event) {
        storeDossierWithOneSheetScored();
        asJurorOnly(event);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("not_assigned");
        assertThat(response.getHeaders()).containsEntry("Content-Language", "en");
        assertThat(response.getBody()).doesNotContain("Solide.");
    }
}
