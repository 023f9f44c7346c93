package fr.interconnectes.candidatures.convocations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.notifications.CalendarInvite;
import fr.interconnectes.candidatures.notifications.ConvocationMail;
import fr.interconnectes.candidatures.notifications.ConvocationMail.Change;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.SelectionDayError;
import fr.interconnectes.candidatures.selectionday.Slot;
import fr.interconnectes.candidatures.selectionday.TimeRange;
import fr.interconnectes.candidatures.selectionday.Timetable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemorySelectionDays;
import fr.interconnectes.candidatures.testing.MailTestBench;
import fr.interconnectes.candidatures.testing.SelectionDaySamples;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendConvocationsTest {

    static final Instant NOW = Instant.parse("2019-10-12T08:00:00Z");
    static final Instant NINE = Instant.parse("2019-10-17T07:00:00Z");

    final MailTestBench bench = MailTestBench.at(NOW);
    final InMemorySelectionDays days = new InMemorySelectionDays();
    final SendConvocations send = new SendConvocations(bench.campaigns(), bench.candidacies(), days, bench.writer(),
            bench.notifier(), bench.audit(), Organizer.interconnectes("candidatures@interconnectes.fr"), bench.clock(),
            Duration.ofSeconds(10));

    void dossiers(String... ids) {
        for (int i = 0; i < ids.length; i++) {
            bench.candidacies().put(Fixtures.submittedTo(Fixtures.labelCampaign(), ids[i], "ARA-2019-L-000" + (i + 1),
                    Fixtures.DURING_CALL));
        }
    }

    static Slot slot(String candidacyId, String panel, int minutesAfterNine) {
        Instant start = NINE.plus(Duration.ofMinutes(minutesAfterNine));
        return Slot.first(candidacyId, panel, new TimeRange(start, start.plus(Duration.ofMinutes(15))));
    }

    void timetable(Slot... slots) {
        SelectionDay planned = days.find(Fixtures.LABEL_CAMPAIGN)
                .orElseGet(() -> SelectionDaySamples.planned(Fixtures.LABEL_CAMPAIGN, SelectionDaySamples.annecy(2019)));
        days.put(planned.withTimetable(new Timetable(List.of(slots), NOW, "organiser-sub"), NOW, "organiser-sub"));
    }

    Timetable current() {
        return days.stored(Fixtures.LABEL_CAMPAIGN).timetable();
    }

    List<ConvocationMail> told() {
        return bench.templates().rendered(ConvocationMail.class);
    }

    @Test
    void each_applicant_of_the_timetable_is_convened_once_with_an_invite() {
        dossiers("c1", "c2");
        timetable(slot("c1", "A", 0), slot("c2", "B", 0));

        var result = send.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN);

        assertThat(result.convened()).isEqualTo(2);
        assertThat(result.mailsSent()).isEqualTo(2);
        assertThat(bench.mailer().sentTo("contact@c1.test")).hasSize(1);
        ConvocationMail first = told().stream().filter(m -> m.to().equals("contact@c1.test")).findFirst().orElseThrow();
        assertThat(first.change()).isEqualTo(Change.CONVENED);
        assertThat(first.audition().room()).isEqualTo("Salle Mont-Blanc");
        assertThat(first.audition().placeName()).isEqualTo("Impérial Palace");
        assertThat(first.audition().start()).isEqualTo(NINE);
        assertThat(first.audition().presentationMinutes()).isEqualTo(15);
        assertThat(first.invite().uid()).isEqualTo(CalendarInvite.uidOf(Fixtures.LABEL_CAMPAIGN, "c1"));
        assertThat(first.invite().sequence()).isZero();
        assertThat(first.invite().organizerEmail()).isEqualTo("candidatures@interconnectes.fr");
        assertThat(first.link()).isNotBlank();
        Convocation stored = bench.candidacies().stored("c1").convocation();
        assertThat(stored.sequence()).isZero();
        assertThat(stored.attendance()).isEqualTo(Convocation.Attendance.PENDING);
        assertThat(bench.outbox("c1")).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("convocation"));
        assertThat(bench.auditLog().actions()).containsExactly("convocations.sent");

        var again = send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);

        assertThat(again.mailsRecorded()).isZero();
        assertThat(again.unchanged()).isEqualTo(2);
        assertThat(bench.mailer().sent()).hasSize(2);
        assertThat(bench.auditLog().actions()).containsExactly("convocations.sent");
    }

    @Test
    void a_moved_slot_sends_one_updated_invite_to_that_applicant_only() {
        dossiers("c1", "c2");
        timetable(slot("c1", "A", 0), slot("c2", "A", 20));
        send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);
        bench.candidacies().put(bench.candidacies().stored("c1").withConvocation(bench.candidacies().stored("c1")
                .convocation().answered(Convocation.Attendance.CONFIRMED, null, NOW)));
        Slot moved = current().slotOf("c1").orElseThrow().movedTo("B",
                new TimeRange(NINE.plus(Duration.ofHours(1)), NINE.plus(Duration.ofMinutes(75))));
        timetable(moved, current().slotOf("c2").orElseThrow());

        var result = send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);

        assertThat(result.moved()).isEqualTo(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(bench.mailer().sentTo("contact@c1.test")).hasSize(2);
        assertThat(bench.mailer().sentTo("contact@c2.test")).hasSize(1);
        ConvocationMail update = told().get(told().size() - 1);
        assertThat(update.change()).isEqualTo(Change.MOVED);
        assertThat(update.invite().sequence()).isEqualTo(1);
        assertThat(update.invite().uid()).isEqualTo(CalendarInvite.uidOf(Fixtures.LABEL_CAMPAIGN, "c1"));
        assertThat(update.audition().room()).isEqualTo("Salle Semnoz");
        Convocation stored = bench.candidacies().stored("c1").convocation();
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored.attendance()).as("a moved audition is asked again").isEqualTo(Convocation.Attendance.PENDING);
    }

    @Test
    void a_removed_slot_sends_a_cancellation_once_and_none_to_who_was_never_convened() {
        dossiers("c1", "c2");
        timetable(slot("c1", "A", 0));
        send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);
        timetable(current().slotOf("c1").orElseThrow().removed(), slot("c2", "A", 0).removed());

        var result = send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);

        assertThat(result.cancelled()).isEqualTo(1);
        assertThat(bench.mailer().sentTo("contact@c2.test")).isEmpty();
        ConvocationMail cancel = told().get(told().size() - 1);
        assertThat(cancel.change()).isEqualTo(Change.CANCELLED);
        assertThat(cancel.invite().cancelled()).isTrue();
        assertThat(cancel.invite().sequence()).isEqualTo(1);
        assertThat(cancel.audition().start()).isEqualTo(NINE);
        assertThat(bench.candidacies().stored("c1").convocation().cancelled()).isTrue();
        assertThat(bench.outbox("c1")).extracting(m -> m.kind()).containsExactly("convocation", "convocation_cancelled");

        assertThat(send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN).mailsRecorded()).isZero();
    }

    @Test
    void a_mail_service_down_keeps_the_convocation_pending_and_never_doubles_it() {
        dossiers("c1");
        timetable(slot("c1", "A", 0));
        bench.mailer().refuseNext(1);

        var result = send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN);

        assertThat(result.convened()).isEqualTo(1);
        assertThat(result.mailsSent()).isZero();
        assertThat(send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN).mailsRecorded()).isZero();
        bench.clock().advance(Duration.ofMinutes(5));
        bench.outbox().deliverDue(10);
        assertThat(bench.mailer().sentTo("contact@c1.test")).hasSize(1);
        assertThat(bench.outbox("c1")).singleElement().satisfies(m -> assertThat(m.pending()).isFalse());
    }

    @Test
    void only_organisers_of_the_region_send_and_only_once_the_timetable_is_made() {
        dossiers("c1");
        assertThatThrownBy(() -> send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(SelectionDayError.SELECTION_DAY_NOT_PLANNED));
        days.put(SelectionDaySamples.planned(Fixtures.LABEL_CAMPAIGN, SelectionDaySamples.annecy(2019)));
        assertThatThrownBy(() -> send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(SelectionDayError.TIMETABLE_NOT_GENERATED));
        timetable(slot("c1", "A", 0));
        assertThatThrownBy(() -> send.execute(Fixtures.regionalOrganiser("IDF"), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_REGION));
        assertThatThrownBy(() -> send.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void a_withdrawn_dossier_still_in_the_timetable_is_not_convened() {
        dossiers("c1");
        Candidacy withdrawn = bench.candidacies().stored("c1").withdrawn(NOW);
        bench.candidacies().put(withdrawn);
        timetable(slot("c1", "A", 0));

        assertThat(send.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN).unchanged()).isEqualTo(1);
        assertThat(bench.mailer().sent()).isEmpty();
    }
}
