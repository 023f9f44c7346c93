package fr.interconnectes.candidatures.selectionday;

import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SECOND_JUROR;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SOPHIE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryAvailabilities;
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
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The selection day's use cases on the in-memory stores: plan, generate again, move and swap, remind. */
class SelectionDayUseCasesTest {

    private final Campaign campaign = Fixtures.labelCampaign(2027);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(campaign);
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemorySelectionDays days = new InMemorySelectionDays();
    private final InMemoryAvailabilities availabilities = new InMemoryAvailabilities();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TestClock clock = TestClock.at("2027-10-12T09:00:00Z");
    private final Audit audit = new Audit(auditLog, clock);
    private final GenerateTimetable generate = new GenerateTimetable(campaigns, candidacies, days, availabilities,
            juryRecords, audit, clock);
    private final MoveSlot move = new MoveSlot(campaigns, candidacies, days, availabilities, juryRecords, audit, clock);
    private final Instant filed = Instant.parse("2027-10-01T08:00:00Z");

    private void submitted(int count) {
        IntStream.rangeClosed(1, count).forEach(n -> candidacies.put(Fixtures.submittedIn(campaign.id(), "d" + n,
                String.format("ARA-2027-L-%04d", n), filed)));
    }

    private Timetable timetable() {
        return days.stored(campaign.id()).timetable();
    }

    @Test
    void a_plan_that_cannot_hold_the_submitted_dossiers_is_refused_and_nothing_is_kept() {
        submitted(4);
        var plan = new PlanSelectionDay(campaigns, candidacies, days, audit, clock);
        var tooShort = new PlanSelectionDay.Command(campaign.id(), null, null, LocalTime.of(9, 0), LocalTime.of(9, 50),
                5, Map.of(), List.of(), List.of(SelectionDaySamples.panelA()));

        assertThatThrownBy(() -> plan.execute(Fixtures.regionalOrganiser("ARA"), tooShort))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(SelectionDayError.SELECTION_DAY_TOO_SHORT))
                .satisfies(e -> assertThat(((DomainException) e).message(fr.interconnectes.candidatures.domain.Language.FR))
                        .contains("2 audition(s) pour 4 dossier(s)", "2 dossier(s) n'y tiennent pas"));
        assertThat(days.find(campaign.id())).isEmpty();

        var enough = new PlanSelectionDay.Command(campaign.id(), null, null, LocalTime.of(9, 0), null, 5, Map.of(),
                List.of(), List.of(SelectionDaySamples.panelA()));
        SelectionDay day = plan.execute(Fixtures.regionalOrganiser("ARA"), enough);
        // date and place from the campaign's regional selection
        assertThat(day.plan().date()).isEqualTo(LocalDate.of(2027, 10, 17));
        assertThat(day.plan().place().name()).isEqualTo("Annecy");
    }

    @Test
    void made_again_each_dossier_keeps_its_slot_the_changed_ones_get_a_new_sequence_and_the_withdrawn_one_is_removed() {
        submitted(4);
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));
        generate.execute(Fixtures.organiser(), campaign.id());
        Timetable first = timetable();

        generate.execute(Fixtures.organiser(), campaign.id());
        assertThat(timetable().slots()).isEqualTo(first.slots());

        candidacies.put(candidacies.stored("d1").withdrawn(clock.instant()));
        generate.execute(Fixtures.organiser(), campaign.id());

        assertThat(timetable().slot("slot-d1").orElseThrow().status()).isEqualTo(SlotStatus.REMOVED);
        assertThat(timetable().slot("slot-d1").orElseThrow().sequence()).isEqualTo(1);
        assertThat(timetable().scheduled()).extracting(Slot::slotId).containsExactlyInAnyOrder("slot-d2", "slot-d3", "slot-d4");
        assertThat(timetable().slots()).filteredOn(Slot::scheduled).allSatisfy(s ->
                assertThat(s.sequence()).isEqualTo(s.equals(first.slot(s.slotId()).orElseThrow()) ? 0 : 1));
        assertThat(juryRecords.forCandidacy("d1")).isEmpty();
    }

    @Test
    void jurors_an_organiser_set_by_hand_are_left_alone() {
        submitted(2);
        juryRecords.put(JuryRecord.assigned("d1", campaign.id(), "hand-picked", "organiser-sub", filed).atRevision(1));
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));

        generate.execute(Fixtures.organiser(), campaign.id());

        assertThat(juryRecords.forCandidacy("d1")).extracting(JuryRecord::jurorId).containsExactly("hand-picked");
        assertThat(juryRecords.forCandidacy("d2")).extracting(JuryRecord::jurorId).containsExactly(SECOND_JUROR);
    }

    @Test
    void when_a_dossier_finds_no_slot_nothing_is_written_and_it_is_named() {
        submitted(2);
        for (String juror : List.of(SOPHIE, SECOND_JUROR)) {
            juryRecords.put(JuryRecord.assigned("d2", campaign.id(), juror, "organiser-sub", filed)
                    .withConflict("Élu de la commune", filed).atRevision(1));
        }
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));

        assertThatThrownBy(() -> generate.execute(Fixtures.organiser(), campaign.id()))
                .isInstanceOf(DomainException.class)
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(SelectionDayError.TIMETABLE_INFEASIBLE))
                .satisfies(e -> assertThat(((DomainException) e).fieldErrors()).extracting(f -> f.field())
                        .containsExactly("candidacies.d2"));
        assertThat(days.stored(campaign.id()).timetable()).isNull();
    }

    @Test
    void a_swap_exchanges_two_slots_and_a_move_keeps_the_applicants_and_jurors_rules() {
        submitted(3);
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));
        generate.execute(Fixtures.organiser(), campaign.id());
        Slot d1 = timetable().slot("slot-d1").orElseThrow();
        Slot d2 = timetable().slot("slot-d2").orElseThrow();

        move.execute(Fixtures.organiser(), new MoveSlot.Command(campaign.id(), "slot-d1", null, null, "slot-d2"));

        assertThat(timetable().slot("slot-d1").orElseThrow().panelId()).isEqualTo(d2.panelId());
        assertThat(timetable().slot("slot-d2").orElseThrow().start()).isEqualTo(d1.start());
        assertThat(timetable().slot("slot-d2").orElseThrow().sequence()).isEqualTo(1);
        assertThat(juryRecords.forCandidacy("d1")).extracting(JuryRecord::jurorId).containsExactly(SECOND_JUROR);

        availabilities.save(new Availability("d3", campaign.id(), List.of(new TimeRange(
                Instant.parse("2027-10-17T12:00:00Z"), Instant.parse("2027-10-17T13:00:00Z"))), filed));
        assertThatThrownBy(() -> move.execute(Fixtures.organiser(), new MoveSlot.Command(campaign.id(), "slot-d3", null,
                Instant.parse("2027-10-17T12:10:00Z"), null)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(SelectionDayError.APPLICANT_UNAVAILABLE));
        juryRecords.put(juryRecords.stored("d3", SOPHIE).withConflict("Ancien collègue", filed));
        assertThatThrownBy(() -> move.execute(Fixtures.organiser(), new MoveSlot.Command(campaign.id(), "slot-d3", "A",
                Instant.parse("2027-10-17T14:00:00Z"), null)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(SelectionDayError.PANEL_CONFLICT_OF_INTEREST));
        assertThatThrownBy(() -> move.execute(Fixtures.organiser(), new MoveSlot.Command(campaign.id(), "slot-d3", "B",
                Instant.parse("2027-10-17T16:00:00Z"), null)))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo(SelectionDayError.SLOT_OUTSIDE_DAY));
    }

    @Test
    void a_reminder_that_could_not_go_is_sent_by_the_next_run() {
        submitted(1);
        juryRecords.put(JuryRecord.assigned("d1", campaign.id(), SOPHIE, "timetable", filed).atRevision(1));
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));
        RecordingMailer mailer = new RecordingMailer();
        InMemoryJurorReminders reminders = new InMemoryJurorReminders();
        var remind = new RemindJurors(campaigns, new JuryProgress(campaigns, candidacies, juryRecords, days), reminders,
                mailer, new PlainMailTemplates(), audit, clock);
        mailer.refuseNext(1);

        assertThat(remind.remindCampaign(Fixtures.organiser(), campaign.id()).reminders())
                .extracting(RemindJurors.Reminder::outcome).containsExactly(RemindJurors.Outcome.FAILED);
        assertThat(remind.remindCampaign(Fixtures.organiser(), campaign.id()).mailed()).hasSize(1);
        assertThat(mailer.sent()).hasSize(1);
        assertThat(reminders.sent(campaign.id(), LocalDate.of(2027, 10, 12), SOPHIE)).isTrue();
    }
}
