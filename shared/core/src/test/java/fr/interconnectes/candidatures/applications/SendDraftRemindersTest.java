package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.notifications.ReminderMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SendDraftRemindersTest {

    /** A week before the label campaign closes (23:59:59 Paris time), to the millisecond. */
    private static final Instant WEEK_BEFORE = Instant.parse("2019-10-03T21:59:59Z");
    private static final Instant DAY_BEFORE = Instant.parse("2019-10-09T21:59:59Z");
    private static final String EMAIL = "helene.dupre@cc-pays-evian.fr";

    private final MailTestBench bench = MailTestBench.at(WEEK_BEFORE);
    private final SendDraftReminders reminders = new SendDraftReminders(bench.campaigns(), bench.candidacies(),
            bench.writer(), bench.notifier(), bench.forms(), bench.clock());

    /** A draft as saved: its organisation, contact and project title, the rest still to write. */
    private static ApplicationForm startedForm() {
        ApplicationForm complete = Fixtures.completeLabelForm(EMAIL);
        return new ApplicationForm(complete.applicant(),
                new LabelProject("Guichet numérique", null, null, null, null, null, null, null), Language.FR);
    }

    private Candidacy draft(String id) {
        return bench.candidacies().put(Fixtures.draft(id, Fixtures.LABEL_CAMPAIGN, startedForm(), "token-" + id,
                Fixtures.DURING_CALL));
    }

    @Test
    void a_week_before_the_deadline_each_draft_gets_one_reminder_and_filed_dossiers_none() {
        draft("cDraft1");
        draft("cDraft2");
        bench.candidacies().put(Fixtures.submitted("cFiled", "ARA-2019-L-0001", Fixtures.DURING_CALL));
        bench.candidacies().put(Fixtures.readyToSubmit("cGone", "t", Fixtures.DURING_CALL).withdrawn(Fixtures.DURING_CALL));

        assertThat(reminders.execute()).isEqualTo(new SendDraftReminders.Round(2, 0));

        assertThat(bench.mailer().sent()).hasSize(2).allSatisfy(m -> assertThat(m.subject()).startsWith("reminder"));
        assertThat(bench.outbox("cFiled")).isEmpty();
        assertThat(bench.outbox("cGone")).isEmpty();
        assertThat(bench.candidacies().stored("cDraft1").mailing().remindersSent()).containsExactly("P7D");
        ReminderMail model = bench.templates().rendered(ReminderMail.class).get(0);
        assertThat(model.offset()).isEqualTo(new ReminderOffset("P7D"));
        assertThat(model.deadline()).isEqualTo(Fixtures.CLOSES);
        assertThat(model.missing()).contains("Résumé du projet", "Partenaires").doesNotContain("Titre du projet")
                .contains("Joignez au moins un fichier (le dossier de candidature).");
        assertThat(model.link()).as("put in when sent").isEqualTo(OutboxMail.LINK_PLACEHOLDER);
        assertThat(bench.mailer().sent().get(0).textBody()).contains(Fixtures.PUBLIC_BASE_URL + "/dossier.html#cDraft");
        assertThat(model.unsubscribeLink()).startsWith(Fixtures.PUBLIC_BASE_URL + "/unsubscribe.html#cDraft");
    }

    @Test
    void a_rerun_sends_nothing_more_and_the_next_offset_sends_one_more() {
        draft("cDraft1");
        reminders.execute();

        assertThat(reminders.execute()).isEqualTo(new SendDraftReminders.Round(0, 0));
        bench.clock().set(DAY_BEFORE.minusSeconds(1));
        assertThat(reminders.execute().reminded()).isZero();
        bench.clock().set(DAY_BEFORE);
        assertThat(reminders.execute().reminded()).isEqualTo(1);
        assertThat(reminders.execute().reminded()).isZero();

        assertThat(bench.mailer().sentTo(EMAIL)).hasSize(2);
        assertThat(bench.candidacies().stored("cDraft1").mailing().remindersSent()).containsExactly("P7D", "P1D");
    }

    @Test
    void before_its_moment_and_after_the_deadline_no_reminder() {
        draft("cDraft1");
        bench.clock().set(WEEK_BEFORE.minusMillis(1));
        assertThat(reminders.execute().reminded()).isZero();
        bench.clock().set(Fixtures.AFTER_DEADLINE);
        assertThat(reminders.execute().reminded()).isZero();
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void a_run_that_comes_late_sends_one_reminder_for_the_nearest_offset() {
        draft("cDraft1");
        bench.clock().set(DAY_BEFORE.plus(Duration.ofHours(2)));

        reminders.execute();
        reminders.execute();

        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(bench.templates().rendered(ReminderMail.class)).singleElement()
                .satisfies(m -> assertThat(m.offset().code()).isEqualTo("P1D"));
        assertThat(bench.candidacies().stored("cDraft1").mailing().remindersSent()).containsExactlyInAnyOrder("P7D", "P1D");
    }

    @Test
    void a_draft_started_after_the_reminder_moment_is_not_reminded_for_it() {
        bench.candidacies().put(Fixtures.draft("cLate", Fixtures.LABEL_CAMPAIGN, startedForm(), "t",
                WEEK_BEFORE.plusSeconds(60)));
        bench.clock().set(WEEK_BEFORE.plus(Duration.ofHours(1)));

        assertThat(reminders.execute().reminded()).isZero();
    }

    @Test
    void a_concurrent_run_that_recorded_the_reminder_first_leaves_this_one_nothing_to_record() {
        draft("cDraft1");
        // the other run's write lands between this run's read and its write
        bench.candidacies().beforeNextUpdate(store -> store.put(store.stored("cDraft1")
                .withMailing(m -> m.withRemindersSent(List.of(new ReminderOffset("P7D"))))
                .atRevision(store.stored("cDraft1").revision() + 1)));

        assertThat(reminders.execute()).isEqualTo(new SendDraftReminders.Round(0, 0));
        assertThat(bench.outbox("cDraft1")).isEmpty();
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void an_applicant_who_unsubscribed_gets_no_reminder_and_a_personal_extension_moves_the_moment() {
        bench.candidacies().put(draft("cOff").withMailing(m -> m.withRemindersStopped(Fixtures.DURING_CALL)));
        Instant extended = Fixtures.CLOSES.plus(Duration.ofDays(3));
        bench.candidacies().put(draft("cExtended").withPersonalDeadline(extended, Fixtures.DURING_CALL));

        assertThat(reminders.execute().reminded()).isZero();
        bench.clock().set(extended.minus(Duration.ofDays(7)));
        assertThat(reminders.execute().reminded()).isEqualTo(1);
        assertThat(bench.outbox("cExtended")).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("reminder"));
        assertThat(bench.outbox("cOff")).isEmpty();
    }

    @Test
    void when_mail_is_down_the_reminder_is_recorded_and_waits_for_the_retry_job() {
        draft("cDraft1");
        bench.mailer().refuseNext(1);

        assertThat(reminders.execute().reminded()).isEqualTo(1);
        assertThat(bench.outbox("cDraft1")).singleElement().satisfies(m -> assertThat(m.pending()).isTrue());
        assertThat(reminders.execute().reminded()).isZero();
    }

    @Test
    void to_an_undeliverable_address_the_reminder_is_recorded_but_visibly_not_sent() {
        bench.candidacies().put(draft("cBounced").withMailing(m -> m.withUndeliverable(new Undeliverable(EMAIL,
                Undeliverable.Reason.BOUNCE, Fixtures.DURING_CALL, "m0", "Permanent/General"))));

        reminders.execute();

        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.outbox("cBounced")).singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMail.State.SUPPRESSED));
    }

    @Test
    void a_campaign_without_reminders_sends_none() {
        Campaign label = Fixtures.labelCampaign();
        bench.campaigns().save(new Campaign(label.id(), label.title(), label.region(), label.track(), label.edition(),
                label.opensAt(), label.closesAt(), label.timeZone(), label.regionalSelection(), label.criteria(),
                label.uploadLimits(), label.retention(), List.of()));
        draft("cDraft1");

        assertThat(reminders.execute().reminded()).isZero();
    }

    @Test
    void a_run_that_stops_midway_is_resumed_by_the_next_without_gaps_or_duplicates() {
        draft("cDraft1");
        draft("cDraft2");
        // the first dossier's writes go through (its reminder, then its claim and its sending), the table is down
        // for the second's
        for (int write = 0; write < 3; write++) {
            bench.candidacies().beforeNextUpdate(store -> { });
        }
        bench.candidacies().beforeNextUpdate(store -> {
            throw new fr.interconnectes.candidatures.domain.Unavailable("DynamoDB", null);
        });

        assertThat(reminders.execute()).isEqualTo(new SendDraftReminders.Round(1, 1));
        assertThat(reminders.execute()).isEqualTo(new SendDraftReminders.Round(1, 0));
        assertThat(reminders.execute()).isEqualTo(new SendDraftReminders.Round(0, 0));

        assertThat(bench.mailer().sent()).hasSize(2);
        assertThat(bench.outbox("cDraft1")).hasSize(1);
        assertThat(bench.outbox("cDraft2")).hasSize(1);
    }
}
