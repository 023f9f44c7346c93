package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/record-decision.json}, through the handler's seam. */
class RecordDecisionHandlerTest {

    /** The dossier and the national organiser the sample event names. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String ORGANISER = "0b6e4c1a-5f2d-4e8b-9c3a-7d1e2f3a4b5c";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TestClock clock = TestClock.at("2019-10-17T18:00:00Z");
    private final RecordDecisionHandler handler = new RecordDecisionHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, auditLog, clock);

    @ParameterizedTest
    @Event(value = "../events/record-decision.json", type = APIGatewayV2HTTPEvent.class)
    void the_outcome_is_kept_pending_until_the_decisions_are_sent(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("candidacyId").asText()).isEqualTo(DOSSIER);
        assertThat(body(response).get("decisionState").asText()).isEqualTo("pending");
        assertThat(body(response).at("/decision/outcome").asText()).isEqualTo("finalist");
        var decision = candidacies.stored(DOSSIER).decision();
        assertThat(decision.outcome()).isEqualTo(Decision.Outcome.FINALIST);
        assertThat(decision.message()).isEqualTo("Le jury a salué la mutualisation du guichet entre les 34 communes.");
        assertThat(decision.decidedBy()).isEqualTo(ORGANISER);
        assertThat(decision.decidedAt()).isEqualTo(clock.instant());
        assertThat(decision.pending()).isTrue();
        assertThat(auditLog.actions()).containsExactly("decision.recorded");
        assertThat(auditLog.entries().get(0).details()).containsEntry("outcome", "finalist");
    }

    @ParameterizedTest
    @Event(value = "../events/record-decision.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_outcome_is_refused_with_the_ones_there_are(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        event.setBody("{\"outcome\": \"laureate\"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields/0/field").asText()).isEqualTo("outcome");
        assertThat(body(response).at("/error/fields/0/code").asText()).isEqualTo("invalid_enum");
        assertThat(candidacies.stored(DOSSIER).decision()).isNull();
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/record-decision.json", type = APIGatewayV2HTTPEvent.class)
    void a_decision_already_sent_stays_as_the_applicant_read_it(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.withSentDecision(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL),
                Decision.Outcome.NOT_SELECTED, Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("decision_already_sent");
        assertThat(candidacies.stored(DOSSIER).decision().outcome()).isEqualTo(Decision.Outcome.NOT_SELECTED);
        assertThat(auditLog.entries()).isEmpty();
    }
}
