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
import fr.interconnectes.candidatures.testing.InMemoryPublishedResults;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/publish-laureates.json}, through the handler's seam. */
class PublishLaureatesHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryPublishedResults results = new InMemoryPublishedResults();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final PublishLaureatesHandler handler = new PublishLaureatesHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, results, auditLog,
            TestClock.at("2019-10-20T08:00:00Z"));

    @ParameterizedTest
    @Event(value = "../events/publish-laureates.json", type = APIGatewayV2HTTPEvent.class)
    void once_the_decisions_are_sent_the_finalists_are_published_and_audited(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.withSentDecision(Fixtures.submitted("c1", "ARA-2019-L-0001", "Ville de Brignais",
                Fixtures.DURING_CALL), Decision.Outcome.FINALIST, Fixtures.AFTER_DEADLINE));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).at("/laureates/0/organisation").asText()).isEqualTo("Ville de Brignais");
        assertThat(results.find(Fixtures.LABEL_CAMPAIGN)).isPresent();
        assertThat(auditLog.actions()).containsExactly("laureates.published");
    }

    @ParameterizedTest
    @Event(value = "../events/publish-laureates.json", type = APIGatewayV2HTTPEvent.class)
    void while_a_decision_is_pending_it_is_a_conflict(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", Fixtures.DURING_CALL)
                .withDecision(new Decision(Decision.Outcome.FINALIST, null, "o", Fixtures.AFTER_DEADLINE, null)));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("decisions_not_sent");
        assertThat(results.find(Fixtures.LABEL_CAMPAIGN)).isEmpty();
    }
}
