package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/export-candidacies.json}, through the handler's seam. */
class ExportCandidaciesHandlerTest {

    /** The campaign the sample event exports (CSV, {@code ;}, French), and the moment it is sent. */
    private static final String CAMPAIGN = "aura-2027-label";
    private static final Instant SUBMITTED = Instant.parse("2027-10-05T08:00:00Z");
    private static final Instant SAMPLE_TIME = Instant.parse("2027-10-12T09:15:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final ExportCandidaciesHandler handler = new ExportCandidaciesHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), candidacies, juryRecords, auditLog,
            new TestClock(SAMPLE_TIME));

    /** Two heard dossiers, the second filed ranked first, and a draft that is not exported. */
    private void aHeardCampaign() {
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "c1", "ARA-2027-L-0001", SUBMITTED));
        candidacies.put(Fixtures.submittedIn(CAMPAIGN, "c2", "ARA-2027-L-0002", SUBMITTED));
        candidacies.put(Fixtures.readyToSubmitIn(CAMPAIGN, "draft", "token-draft", SUBMITTED));
        scored("c1", Fixtures.evenScores(7));
        scored("c2", Fixtures.evenScores(9));
    }

    private void scored(String candidacyId, Map<String, Integer> scores) {
        juryRecords.save(JuryRecord.assigned(candidacyId, CAMPAIGN, "juror-1", "organiser-sub", SUBMITTED)
                .withScores(scores, null, SUBMITTED));
    }

    @ParameterizedTest
    @Event(value = "../events/export-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void a_french_spreadsheet_of_the_dossiers_in_ranking_order(APIGatewayV2HTTPEvent event) {
        aHeardCampaign();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "text/csv; charset=utf-8")
                .containsEntry("Content-Disposition", "attachment; filename=\"aura-2027-label-dossiers.csv\"")
                .containsEntry("Cache-Control", "no-store");
        assertThat(response.getBody()).startsWith("\uFEFF");
        List<String> lines = response.getBody().substring(1).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).startsWith("Numéro de dépôt;").contains(";Rang;");
        assertThat(lines.get(1)).startsWith("ARA-2027-L-0002;").contains("Pays d'Évian").contains(";9,00;");
        assertThat(lines.get(2)).startsWith("ARA-2027-L-0001;").contains(";7,00;");
        assertThat(auditLog.actions()).containsExactly("export");
        assertThat(auditLog.entries().get(0).details()).containsEntry("format", "CSV").containsEntry("dossiers", "2");
    }

    @ParameterizedTest
    @Event(value = "../events/export-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_format_and_separator_are_both_reported(APIGatewayV2HTTPEvent event) {
        aHeardCampaign();
        var query = new HashMap<>(event.getQueryStringParameters());
        query.put("format", "xlsx");
        query.put("separator", "|");
        event.setQueryStringParameters(query);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .doesNotContainKey("Content-Disposition");
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(faultyFields(response)).containsExactly("format invalid_enum", "separator invalid_enum");
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/export-candidacies.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_exports_nothing(APIGatewayV2HTTPEvent event) {
        aHeardCampaign();

        var response = invoke(handler, AdminEvents.asRegionalOrganiser(event, "IDF"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(response.getBody()).doesNotContain("ARA-2027-L-0002");
        assertThat(auditLog.entries()).isEmpty();
    }
}
