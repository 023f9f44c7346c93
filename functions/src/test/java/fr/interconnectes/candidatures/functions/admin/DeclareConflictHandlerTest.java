package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.claims;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/declare-conflict.json}, through the handler's seam. */
class DeclareConflictHandlerTest {

    /** The dossier and the juror the sample event names, and the reason it gives. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String SOPHIE = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final String REASON = "J'ai conseillé cette collectivité sur ce projet en 2026.";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final DeclareConflictHandler handler = new DeclareConflictHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, juryRecords, auditLog,
            TestClock.at("2019-10-17T09:00:00Z"));

    @ParameterizedTest
    @Event(value = "../events/declare-conflict.json", type = APIGatewayV2HTTPEvent.class)
    void the_assigned_juror_withdraws_and_their_scores_are_cleared(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SOPHIE).withScores(Fixtures.evenScores(7), "Solide.",
                Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("candidacyId").asText()).isEqualTo(DOSSIER);
        assertThat(body(response).get("state").asText()).isEqualTo("conflict");
        assertThat(body(response).at("/conflict/reason").asText()).isEqualTo(REASON);
        assertThat(body(response).get("scoresCleared").asBoolean()).isTrue();
        assertThat(body(response).has("scores")).isFalse();
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).conflicted()).isTrue();
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).scores()).isEmpty();
        assertThat(auditLog.actions()).containsExactly("conflict_declared");
        assertThat(auditLog.entries().toString()).doesNotContain("conseillé");
    }

    @ParameterizedTest
    @Event(value = "../events/declare-conflict.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_not_on_the_dossier_declares_nothing(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SOPHIE));
        claims(event).put("sub", "another-juror");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("not_assigned");
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).conflicted()).isFalse();
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/declare-conflict.json", type = APIGatewayV2HTTPEvent.class)
    void a_conflict_needs_its_reason(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        juryRecords.save(Fixtures.assigned(DOSSIER, SOPHIE));
        event.setBody("{\"reason\": \"   \"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields").findValuesAsText("field")).containsExactly("reason");
        assertThat(body(response).at("/error/fields/0/code").asText()).isEqualTo("required");
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).conflicted()).isFalse();
    }
}
