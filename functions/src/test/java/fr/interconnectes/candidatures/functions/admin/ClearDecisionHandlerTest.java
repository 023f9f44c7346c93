package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.asJurorOnly;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/clear-decision.json}, through the handler's seam. */
class ClearDecisionHandlerTest {

    /** The dossier the sample event names; its caller is a national organiser. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ClearDecisionHandler handler = new ClearDecisionHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, auditLog,
            TestClock.at("2019-10-17T18:00:00Z"));

    private static Candidacy decided(Decision.Outcome outcome, boolean sent) {
        return Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL).withDecision(new Decision(
                outcome, null, "organiser-sub", Fixtures.DURING_CALL, sent ? Fixtures.DURING_CALL : null));
    }

    @ParameterizedTest
    @Event(value = "../events/clear-decision.json", type = APIGatewayV2HTTPEvent.class)
    void a_pending_decision_is_cleared_and_it_is_audited(APIGatewayV2HTTPEvent event) {
        candidacies.put(decided(Decision.Outcome.FINALIST, false));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("candidacyId").asText()).isEqualTo(DOSSIER);
        assertThat(body(response).get("decisionState").asText()).isEqualTo("none");
        assertThat(body(response).has("decision")).isFalse();
        assertThat(candidacies.stored(DOSSIER).decision()).isNull();
        assertThat(auditLog.actions()).containsExactly("decision.cleared");
        assertThat(auditLog.entries().get(0).details()).containsEntry("previousOutcome", "finalist");
    }

    @ParameterizedTest
    @Event(value = "../events/clear-decision.json", type = APIGatewayV2HTTPEvent.class)
    void a_decision_already_sent_cannot_be_taken_back(APIGatewayV2HTTPEvent event) {
        candidacies.put(decided(Decision.Outcome.NOT_SELECTED, true));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("decision_already_sent");
        assertThat(candidacies.stored(DOSSIER).decision().outcome()).isEqualTo(Decision.Outcome.NOT_SELECTED);
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/clear-decision.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_clears_no_decision(APIGatewayV2HTTPEvent event) {
        candidacies.put(decided(Decision.Outcome.FINALIST, false));
        asJurorOnly(event);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("forbidden");
        assertThat(candidacies.stored(DOSSIER).decision()).isNotNull();
    }
}
