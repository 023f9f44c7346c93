package fr.interconnectes.candidatures.functions.jobs;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SOPHIE;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The EventBridge sample of {@code sam local invoke -e events/remind-jurors.json}, through the handler's seam. */
class RemindJurorsHandlerTest {

    private final Campaign campaign = Fixtures.labelCampaign(2027);
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemorySelectionDays days = new InMemorySelectionDays();
    private final InMemoryJurorReminders reminders = new InMemoryJurorReminders();
    private final RecordingMailer mailer = new RecordingMailer();
    /** The day ends at 18:00 in Annecy, 16:00 UTC. */
    private final TestClock clock = TestClock.at("2027-10-17T15:59:59Z");
    private final RemindJurorsHandler handler = new RemindJurorsHandler(new InMemoryCampaigns(campaign), candidacies,
            juryRecords, days, reminders, mailer, new PlainMailTemplates(), new InMemoryAuditLog(), clock);

    @ParameterizedTest
    @Event(value = "../events/remind-jurors.json", type = Map.class)
    void from_the_end_of_the_day_a_juror_missing_scores_is_reminded_once_a_day(Map<String, Object> event) {
        Instant at = Instant.parse("2027-10-01T08:00:00Z");
        candidacies.put(Fixtures.submittedIn(campaign.id(), "d1", "ARA-2027-L-0001", at));
        juryRecords.put(JuryRecord.assigned("d1", campaign.id(), SOPHIE, "timetable", at).atRevision(1));
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));

        assertThat(invoke(handler, event).get("mailed")).isEqualTo(List.of());

        clock.advance(Duration.ofSeconds(1));
        assertThat(invoke(handler, event).get("mailed")).isEqualTo(List.of(SOPHIE));
        assertThat(invoke(handler, event).get("mailed")).isEqualTo(List.of());
        assertThat(reminders.sent(campaign.id(), LocalDate.of(2027, 10, 17), SOPHIE)).isTrue();

        clock.advance(Duration.ofDays(1));
        assertThat(invoke(handler, event).get("mailed")).isEqualTo(List.of(SOPHIE));
        assertThat(mailer.sent()).hasSize(2).allSatisfy(m -> assertThat(m.subject()).startsWith("juror_reminder"));

        clock.advance(Duration.ofDays(7));
        assertThat(invoke(handler, event).get("mailed")).isEqualTo(List.of());
    }
}
