package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.claims;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SECOND_JUROR;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SOPHIE;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.Slot;
import fr.interconnectes.candidatures.selectionday.SlotStatus;
import fr.interconnectes.candidatures.selectionday.Timetable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJurorReminders;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.InMemorySelectionDays;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.SelectionDaySamples;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The sample events of the jury's side of the day ({@code events/jury-timetable.json}, {@code jury-progress.json},
 * {@code send-jury-reminders.json}): two dossiers before panel A (Sophie Girard), one before panel B; Sophie scored
 * the first only.
 */
class JuryDayHandlersTest {

    private final Campaign campaign = Fixtures.labelCampaign(2027);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(campaign);
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemorySelectionDays days = new InMemorySelectionDays();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryJurorReminders reminders = new InMemoryJurorReminders();
    private final RecordingMailer mailer = new RecordingMailer();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TestClock clock = TestClock.at("2027-10-17T17:00:00Z");

    JuryDayHandlersTest() {
        Instant at = Instant.parse("2027-10-01T08:00:00Z");
        List.of("d1", "d2", "d3").forEach(id -> candidacies.put(Fixtures.submittedIn(campaign.id(), id,
                "ARA-2027-L-000" + id.charAt(1), at)));
        days.put(new SelectionDay(campaign.id(), SelectionDaySamples.annecy(2027), new Timetable(List.of(
                slot("d1", "A", "2027-10-17T07:00:00Z"), slot("d2", "A", "2027-10-17T07:20:00Z"),
                slot("d3", "B", "2027-10-17T07:00:00Z")), at, "organiser-sub"), at, "organiser-sub", 2));
        for (String id : List.of("d1", "d2")) {
            juryRecords.put(JuryRecord.assigned(id, campaign.id(), SOPHIE, "timetable", at).atRevision(1));
        }
        juryRecords.put(JuryRecord.assigned("d3", campaign.id(), SECOND_JUROR, "timetable", at).atRevision(1));
        juryRecords.put(juryRecords.stored("d1", SOPHIE).withScores(Fixtures.evenScores(7), null, at));
    }

    private static Slot slot(String candidacyId, String panel, String start) {
        Instant from = Instant.parse(start);
        return new Slot(Slot.idFor(candidacyId), candidacyId, panel, from, from.plusSeconds(900), 0, SlotStatus.SCHEDULED);
    }

    @ParameterizedTest
    @Event(value = "../events/jury-timetable.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_reads_their_own_panel_in_order_with_what_is_left_to_score(APIGatewayV2HTTPEvent event) {
        var handler = new JuryTimetableHandler(campaigns, candidacies, juryRecords, days);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("view").asText()).isEqualTo("juror");
        assertThat(body(response).get("panels").size()).isEqualTo(1);
        assertThat(body(response).at("/panels/0/id").asText()).isEqualTo("A");
        assertThat(body(response).at("/panels/0/slots").findValuesAsText("candidacyId")).containsExactly("d1", "d2");
        assertThat(body(response).at("/panels/0/slots").findValuesAsText("state")).containsExactly("scored", "to_score");
        assertThat(body(response).at("/panels/0/slots/0/start").asText()).isEqualTo("2027-10-17T09:00:00+02:00");
        assertThat(body(response).at("/panels/0/slots/0/projectSummary").asText()).isNotBlank();
    }

    @ParameterizedTest
    @Event(value = "../events/jury-timetable.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_of_no_panel_reads_none_and_an_organiser_reads_every_panel(APIGatewayV2HTTPEvent event) {
        var handler = new JuryTimetableHandler(campaigns, candidacies, juryRecords, days);
        AdminEvents.asJuror(event, "someone-else");
        assertThat(errorCode(invoke(handler, event))).isEqualTo("not_in_a_panel");

        AdminEvents.asRegionalOrganiser(event, "ARA");
        var response = invoke(handler, event);

        assertThat(body(response).get("view").asText()).isEqualTo("organiser");
        assertThat(body(response).get("panels").size()).isEqualTo(2);
        assertThat(body(response).at("/panels/1/id").asText()).isEqualTo("B");
        assertThat(body(response).at("/panels/0/slots").findValuesAsText("sheets")).containsExactly("1", "0");
        AdminEvents.asRegionalOrganiser(event, "IDF");
        assertThat(errorCode(invoke(handler, event))).isEqualTo("out_of_region");
    }

    @ParameterizedTest
    @Event(value = "../events/jury-progress.json", type = APIGatewayV2HTTPEvent.class)
    void progress_shows_who_is_missing_what(APIGatewayV2HTTPEvent event) {
        var response = invoke(new JuryProgressHandler(campaigns, candidacies, juryRecords, days), event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("jurorsMissing").toString()).contains(SOPHIE, SECOND_JUROR);
        var sophie = body(response).get("jurors").findParents("jurorId").stream()
                .filter(j -> j.get("jurorId").asText().equals(SOPHIE)).findFirst().orElseThrow();
        assertThat(sophie.get("assigned").asInt()).isEqualTo(2);
        assertThat(sophie.get("scored").asInt()).isEqualTo(1);
        assertThat(sophie.get("missing").asInt()).isEqualTo(1);
        assertThat(sophie.get("missingDossiers").findValuesAsText("candidacyId")).containsExactly("d2");
        assertThat(body(response).get("dossiers").findValuesAsText("sheets")).containsExactly("1", "0", "0");
        claims(event).put("custom:region", "IDF");
        assertThat(errorCode(invoke(new JuryProgressHandler(campaigns, candidacies, juryRecords, days), event)))
                .isEqualTo("out_of_region");
    }

    @ParameterizedTest
    @Event(value = "../events/send-jury-reminders.json", type = APIGatewayV2HTTPEvent.class)
    void the_organiser_reminds_only_the_jurors_missing_scores_and_only_once_that_day(APIGatewayV2HTTPEvent event) {
        var handler = new SendJuryRemindersHandler(campaigns, candidacies, juryRecords, days, reminders, mailer,
                new PlainMailTemplates(), auditLog, clock);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("mailed").toString()).isEqualTo("[\"" + SOPHIE + "\"]");
        // the second juror has dossiers to score but no address in the plan
        assertThat(body(response).get("reminders").findValuesAsText("outcome")).containsExactlyInAnyOrder("mailed", "no_address");
        assertThat(mailer.sent()).singleElement().satisfies(m -> assertThat(m.to()).isEqualTo("sophie.girard@jury.example"));
        assertThat(auditLog.actions()).containsExactly("jury_reminders_sent");

        var again = invoke(handler, event);

        assertThat(body(again).get("mailed").size()).isZero();
        assertThat(body(again).get("reminders").findValuesAsText("outcome")).contains("already_reminded_today");
        assertThat(mailer.sent()).hasSize(1);
    }
}
