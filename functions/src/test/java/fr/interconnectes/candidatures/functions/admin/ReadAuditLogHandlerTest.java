package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/read-audit-log.json}, through the handler's seam. */
class ReadAuditLogHandlerTest {

    /** The campaign the sample event names ({@code limit=20}); its caller organises Auvergne-Rhône-Alpes. */
    private static final String CAMPAIGN = Fixtures.LABEL_CAMPAIGN;

    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ReadAuditLogHandler handler = new ReadAuditLogHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.startupCampaign()), auditLog);

    /** {@code count} views of dossier c1, a minute apart, and one entry of another campaign. */
    private void aBusyLog(int count) {
        for (int i = 0; i < count; i++) {
            auditLog.record(new AuditEntry(CAMPAIGN, "c1", "organiser-sub", "ORGANISER", "dossier_viewed",
                    Map.of("n", Integer.toString(i)), Fixtures.DURING_CALL.plus(Duration.ofMinutes(i))));
        }
        auditLog.record(new AuditEntry(Fixtures.STARTUP_CAMPAIGN, null, "organiser-sub", "ORGANISER", "export",
                Map.of(), Fixtures.AFTER_DEADLINE));
    }

    @ParameterizedTest
    @Event(value = "../events/read-audit-log.json", type = APIGatewayV2HTTPEvent.class)
    void the_twenty_latest_entries_of_the_campaign_newest_first(APIGatewayV2HTTPEvent event) {
        aBusyLog(25);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var json = body(response);
        assertThat(json.get("campaignId").asText()).isEqualTo(CAMPAIGN);
        assertThat(json.get("limit").asInt()).isEqualTo(20);
        assertThat(json.has("candidacyId")).isFalse();
        assertThat(json.get("entries")).hasSize(20);
        assertThat(json.at("/entries/0/details/n").asText()).isEqualTo("24");
        assertThat(json.at("/entries/0/at").asText()).isEqualTo("2019-10-01T10:24:00+02:00");
        assertThat(json.at("/entries/0/roles").toString()).isEqualTo("[\"organiser\"]");
        assertThat(json.get("entries").findValuesAsText("action")).containsOnly("dossier_viewed");
    }

    @ParameterizedTest
    @Event(value = "../events/read-audit-log.json", type = APIGatewayV2HTTPEvent.class)
    void jurors_may_not_read_the_log(APIGatewayV2HTTPEvent event) {
        aBusyLog(1);

        var response = invoke(handler, AdminEvents.asJuror(event, "juror-1"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("forbidden");
        assertThat(response.getBody()).doesNotContain("dossier_viewed");
    }

    @ParameterizedTest
    @Event(value = "../events/read-audit-log.json", type = APIGatewayV2HTTPEvent.class)
    void a_limit_below_one_is_refused(APIGatewayV2HTTPEvent event) {
        event.setQueryStringParameters(Map.of("limit", "0"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(faultyFields(response)).containsExactly("limit invalid_limit");
    }
}
