package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.local.demo.DemoSelectionDay;
import fr.interconnectes.candidatures.local.e2e.AdminCalls.Caller;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * axe-core (WCAG 2.1 A/AA, no serious or critical violation) over every applicant page and every console page, in
 * Chromium on a desktop and on a phone-sized screen: a draft dossier filed through the API, and a juror of the demo
 * selection day (seeded into a campaign of its own) for the jury's pages.
 */
class AccessibilityBrowserTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final AdminCalls admin = new AdminCalls(backend);

    @Test
    void every_page_passes_the_accessibility_check_on_a_desktop_and_on_a_phone() throws Exception {
        var draft = Applicants.create(api, JuryTest.OPEN, Applicants.labelForm(Applicants.uniqueEmail("a11y")));
        var submitted = AdminCalls.submittedDossier(api, JuryTest.OPEN, "a11y-submitted");
        Campaign campaign = SelectionDayTest.freshCampaign(backend);
        assertThat(DemoSelectionDay.seed(backend.aws().dynamoDb(), backend.tableName(), campaign, Clock.systemUTC())).isTrue();
        var timetable = admin.function("GetTimetableFunction", Caller.regionalOrganiser("ARA"),
                Map.of("campaignId", campaign.id()), Map.of(), null).json();
        String jurorOfPanelB = timetable.at("/panels/1/jurors/0/id").asText();
        String heardByPanelB = timetable.at("/panels/1/slots/0/candidacyId").asText();

        var run = BrowserScripts.runPassing(Duration.ofMinutes(4), "accessibility.cjs", backend.apiUrl(), draft.id(),
                draft.token(), submitted.id(), submitted.token(), campaign.id(), heardByPanelB, jurorOfPanelB);

        System.out.println("accessibility sweep: " + run.jsonLines());
        assertThat(run.jsonLines()).singleElement().asString().contains(
                "index (desktop)", "apply with errors (desktop)", "dossier (draft, en) (desktop)", "dossier (submitted) (phone)",
                "dossier (withdraw confirmation) (desktop)", "dossier (invalid link) (phone)",
                "palmares (phone)", "unsubscribe (invalid link) (desktop)", "console/index.html (phone)",
                "console/jury.html (phone)", "console/score.html (desktop)");
    }
}
