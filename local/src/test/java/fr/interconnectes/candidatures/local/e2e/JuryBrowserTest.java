package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.local.demo.DemoSelectionDay;
import fr.interconnectes.candidatures.local.e2e.AdminCalls.Caller;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The jury's pages of the console in a real Chromium on a phone-sized screen: a dossier filed through the API (with
 * its PDF) is heard on the demo selection day of a campaign of its own and assigned to both demo jurors; juror-1
 * scores it by tapping while one request is dropped, juror-2 with the keyboard only, then sees juror-1's sheet.
 * What the pages saved is read back from DynamoDB: the latest values, and one write per save the page saw answered.
 */
class JuryBrowserTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final AdminCalls admin = new AdminCalls(backend);
    private final Caller ara = Caller.regionalOrganiser("ARA");

    @Test
    void two_jurors_score_a_dossier_from_their_phones_and_a_dropped_request_loses_nothing() throws Exception {
        Campaign campaign = SelectionDayTest.freshCampaign(backend);
        var dossier = AdminCalls.submittedDossier(api, campaign.id(), "jury-browser");
        assertThat(DemoSelectionDay.seed(backend.aws().dynamoDb(), backend.tableName(), campaign, Clock.systemUTC())).isTrue();
        var assigned = admin.assignJurors(ara, dossier.id(), Map.of("jurorIds", List.of("juror-1", "juror-2")));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        JsonNode timetable = admin.function("GetTimetableFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), null).json();
        JsonNode panelA = timetable.at("/panels/0");
        assertThat(panelA.at("/jurors/0/id").asText()).isEqualTo("juror-1");
        String firstOfPanelA = panelA.at("/slots/0/candidacyId").asText();
        String conflicted = panelA.at("/slots/1/candidacyId").asText();
        if (conflicted.equals(dossier.id())) {
            conflicted = panelA.at("/slots/2/candidacyId").asText();
        }
        Path screenshots = BrowserScripts.screenshotsDir();

        var run = BrowserScripts.runPassing(Duration.ofMinutes(3), "jury-scoring.cjs", backend.apiUrl(), campaign.id(),
                dossier.id(), firstOfPanelA, conflicted, screenshots.toString());

        System.out.println("jury browser test: " + run.jsonLines());
        List<JsonNode> reports = run.jsonLines().stream().map(JuryBrowserTest::json).toList();
        assertThat(reports).hasSize(2);
        var records = new DynamoDbJuryRecords(backend.aws().dynamoDb(), backend.tableName());
        var auditLog = new DynamoDbAuditLog(backend.aws().dynamoDb(), backend.tableName());
        var writes = auditLog.forCampaign(campaign.id(), dossier.id(), 100).stream()
                .filter(e -> e.action().equals("scores_put")).toList();

        var first = records.find(dossier.id(), "juror-1").orElseThrow();
        assertThat(first.scores()).isEqualTo(Map.of("innovation", 8, "user_focus", 7, "partnership", 6,
                "pooling_interoperability", 5, "return_on_investment", 9));
        assertThat(first.comment()).isEqualTo("Projet solide, bien mené avec les habitants.");
        assertThat(reports.get(0).get("aborted").asInt()).isEqualTo(1);
        // the dropped request never reached the API; its retry did, once
        assertThat(reports.get(0).get("puts").asInt()).isEqualTo(1);
        assertThat(writes).filteredOn(e -> e.actor().equals("juror-1")).hasSize(1);

        var second = records.find(dossier.id(), "juror-2").orElseThrow();
        // keyboard: 6, 7, 8, 5 and 6, then the last criterion one more once saved (7); then a sheet kept in the tab
        // by an interrupted save (4 for the last criterion) restored and saved on the next visit
        assertThat(second.scores()).isEqualTo(Map.of("innovation", 6, "user_focus", 7, "partnership", 8,
                "pooling_interoperability", 5, "return_on_investment", 4));
        assertThat(reports.get(1).get("restoredPuts").asInt()).isEqualTo(1);
        assertThat(second.comment()).isEqualTo("Bonne implication des usagers.");
        int secondPuts = reports.get(1).get("puts").asInt();
        assertThat(secondPuts).isGreaterThanOrEqualTo(3);
        assertThat(writes).filteredOn(e -> e.actor().equals("juror-2")).hasSize(secondPuts);

        var conflict = records.find(conflicted, "juror-1").orElseThrow();
        assertThat(conflict.conflictDeclaredAt()).isNotNull();
        assertThat(conflict.conflictReason()).isEqualTo("Je travaille pour cette commune.");
        assertThat(screenshots.resolve("score-phone.png")).isNotEmptyFile();
    }

    private static JsonNode json(String line) {
        try {
            return Api.JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError(line, e);
        }
    }
}
