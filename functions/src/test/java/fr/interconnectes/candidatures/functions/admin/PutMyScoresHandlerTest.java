package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/put-my-scores.json}, through the handler's seam. */
class PutMyScoresHandlerTest {

    /** The dossier and the juror the sample event names. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String SOPHIE = "f47ac10b-58cc-4372-a567-0e02b2c3d479";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TestClock clock = TestClock.at("2019-10-17T09:00:00Z");
    private final PutMyScoresHandler handler = new PutMyScoresHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, juryRecords, auditLog, clock);

    @ParameterizedTest
    @Event(value = "../events/put-my-scores.json", type = APIGatewayV2HTTPEvent.class)
    void the_assigned_juror_scores_every_criterion(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SOPHIE));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("jurorId").asText()).isEqualTo(SOPHIE);
        assertThat(body(response).get("state").asText()).isEqualTo("scored");
        assertThat(body(response).at("/scores/innovation").asInt()).isEqualTo(8);
        assertThat(body(response).at("/scores/return_on_investment").asInt()).isEqualTo(5);
        assertThat(body(response).get("comment").asText()).startsWith("Projet solide");
        var stored = juryRecords.stored(DOSSIER, SOPHIE);
        assertThat(stored.scores()).isEqualTo(Map.of("innovation", 8, "user_focus", 7, "partnership", 6,
                "pooling_interoperability", 9, "return_on_investment", 5));
        assertThat(stored.scoredAt()).isEqualTo(clock.instant());
        assertThat(auditLog.actions()).containsExactly("scores_put");
        assertThat(auditLog.entries().get(0).details()).containsEntry("firstScoring", "true");
    }

    @ParameterizedTest
    @Event(value = "../events/put-my-scores.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_who_declared_a_conflict_cannot_score(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SOPHIE).withConflict("Ancienne cliente.", Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("conflict_of_interest");
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).scored()).isFalse();
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/put-my-scores.json", type = APIGatewayV2HTTPEvent.class)
    void scores_off_the_grid_are_all_reported_and_nothing_is_stored(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SOPHIE));
        event.setBody(event.getBody().replace("\"innovation\": 8", "\"innovation\": 11")
                .replace("\"return_on_investment\": 5", "\"return_on_investment\": \"cinq\""));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields").findValuesAsText("field"))
                .containsExactly("scores.innovation", "scores.return_on_investment");
        assertThat(body(response).at("/error/fields").findValuesAsText("code"))
                .containsExactly("out_of_range", "wrong_type");
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).scored()).isFalse();
    }
}
