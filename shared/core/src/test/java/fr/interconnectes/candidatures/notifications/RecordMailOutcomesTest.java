package fr.interconnectes.candidatures.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordMailOutcomesTest {

    private static final String EMAIL = "helene.dupre@cc-pays-evian.fr";
    private static final Instant AT = Fixtures.DURING_CALL.plusSeconds(5);

    private final MailTestBench bench = MailTestBench.at(AT);
    private final RecordMailOutcomes record = new RecordMailOutcomes(bench.writer());

    private void submittedWithItsConfirmationSent() {
        OutboxMail confirmation = OutboxMail.pending("m1", "confirmation", EMAIL, "Dossier déposé", "texte", null, null,
                Fixtures.DURING_CALL).sent(Fixtures.DURING_CALL, "ses-1");
        bench.candidacies().put(Fixtures.submitted("cDossier", "ARA-2019-L-0001", Fixtures.DURING_CALL)
                .withMailAdded(confirmation));
    }

    private static RecordMailOutcomes.Report report(String candidacyId, String mailId, MailOutcome.Type type) {
        return new RecordMailOutcomes.Report(candidacyId, mailId, "ses-1", new MailOutcome(type, AT, "detail"));
    }

    @Test
    void a_hard_bounce_is_recorded_on_the_mail_and_marks_the_contact_address() {
        submittedWithItsConfirmationSent();

        var recorded = record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.BOUNCED)));

        assertThat(recorded).isEqualTo(new RecordMailOutcomes.Recorded(1, 0));
        var stored = bench.candidacies().stored("cDossier");
        assertThat(stored.mail("m1").orElseThrow().outcome().type()).isEqualTo(MailOutcome.Type.BOUNCED);
        assertThat(stored.undeliverableContact()).hasValueSatisfying(u -> {
            assertThat(u.address()).isEqualTo(EMAIL);
            assertThat(u.reason()).isEqualTo(Undeliverable.Reason.BOUNCE);
            assertThat(u.mailId()).isEqualTo("m1");
        });
    }

    @Test
    void a_complaint_marks_the_address_a_soft_bounce_a_delivery_or_a_reject_do_not() {
        submittedWithItsConfirmationSent();

        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.SOFT_BOUNCED)));
        assertThat(bench.candidacies().stored("cDossier").undeliverableContact()).isEmpty();
        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.REJECTED)));
        assertThat(bench.candidacies().stored("cDossier").undeliverableContact()).isEmpty();
        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.COMPLAINED)));
        assertThat(bench.candidacies().stored("cDossier").undeliverableContact())
                .hasValueSatisfying(u -> assertThat(u.reason()).isEqualTo(Undeliverable.Reason.COMPLAINT));
    }

    @Test
    void a_report_delivered_twice_writes_once_and_a_later_delivery_does_not_hide_a_bounce() {
        submittedWithItsConfirmationSent();
        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.BOUNCED)));
        int writes = bench.candidacies().updates();

        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.BOUNCED)));
        assertThat(bench.candidacies().updates()).isEqualTo(writes);
        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.DELIVERED)));
        assertThat(bench.candidacies().stored("cDossier").mail("m1").orElseThrow().outcome().type())
                .isEqualTo(MailOutcome.Type.BOUNCED);
    }

    @Test
    void reports_about_no_mail_of_ours_are_passed_over() {
        submittedWithItsConfirmationSent();

        var recorded = record.execute(List.of(report("cUnknown", "m1", MailOutcome.Type.BOUNCED),
                report("cDossier", "mOther", MailOutcome.Type.BOUNCED), report(null, null, MailOutcome.Type.BOUNCED)));

        assertThat(recorded).isEqualTo(new RecordMailOutcomes.Recorded(0, 3));
        assertThat(bench.candidacies().stored("cDossier").undeliverableContact()).isEmpty();
    }

    @Test
    void the_marked_address_is_not_mailed_again_until_the_applicant_changes_it() {
        submittedWithItsConfirmationSent();
        record.execute(List.of(report("cDossier", "m1", MailOutcome.Type.BOUNCED)));
        var notifier = bench.notifier();
        var stored = bench.candidacies().stored("cDossier");

        var withAccessLink = bench.writer().apply(stored, c -> notifier.accessLink(Fixtures.labelCampaign(), c, AT));
        notifier.deliver(withAccessLink);

        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.outbox("cDossier").get(1).state()).isEqualTo(OutboxMail.State.SUPPRESSED);
        assertThat(bench.outbox("cDossier").get(1).lastError()).isEqualTo("undeliverable address: bounce");

        var changed = bench.candidacies().stored("cDossier");
        var newForm = Fixtures.completeLabelForm("helene@nouvelle-adresse.fr");
        var afterChange = bench.writer().apply(changed, c -> c.withForm(newForm, AT));
        assertThat(afterChange.undeliverableContact()).isEmpty();
        notifier.deliver(bench.writer().apply(afterChange, c -> notifier.accessLink(Fixtures.labelCampaign(), c, AT)));
        assertThat(bench.mailer().sentTo("helene@nouvelle-adresse.fr")).hasSize(1);
    }
}
