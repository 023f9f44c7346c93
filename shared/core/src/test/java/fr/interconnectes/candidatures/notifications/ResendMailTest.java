package fr.interconnectes.candidatures.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import org.junit.jupiter.api.Test;

class ResendMailTest {

    private static final String EMAIL = "helene.dupre@cc-pays-evian.fr";

    private final MailTestBench bench = MailTestBench.at(Fixtures.AFTER_DEADLINE);
    private final ResendMail resend = new ResendMail(bench.campaigns(), bench.writer(), bench.notifier(), bench.audit(),
            bench.clock());

    private void submittedWithItsConfirmationSent() {
        OutboxMail confirmation = OutboxMail.pending("m1", "confirmation", EMAIL, "Dossier déposé",
                "Votre dossier : " + OutboxMail.LINK_PLACEHOLDER, null, "nonce-1", Fixtures.DURING_CALL)
                .sent(Fixtures.DURING_CALL, "ses-1");
        bench.candidacies().put(Fixtures.submitted("cDossier", "ARA-2019-L-0001", Fixtures.DURING_CALL)
                .withMailAdded(confirmation));
    }

    @Test
    void a_resend_goes_once_per_key_with_a_fresh_link_and_is_audited_once() {
        submittedWithItsConfirmationSent();
        var request = new ResendMail.Resend("cDossier", "m1", "key-0001");

        var first = resend.execute(Fixtures.organiser(), request);
        var retried = resend.execute(Fixtures.organiser(), request);
        var another = resend.execute(Fixtures.organiser(), new ResendMail.Resend("cDossier", "m1", "key-0002"));

        assertThat(first.replayed()).isFalse();
        assertThat(retried.replayed()).isTrue();
        assertThat(retried.mail().id()).isEqualTo(first.mail().id());
        assertThat(another.mail().id()).isNotEqualTo(first.mail().id());
        assertThat(bench.mailer().sentTo(EMAIL)).hasSize(2);
        assertThat(bench.auditLog().actions()).containsExactly("mail_resent", "mail_resent");
        var resent = bench.candidacies().stored("cDossier").mail(first.mail().id()).orElseThrow();
        assertThat(resent.resendOf()).isEqualTo("m1");
        assertThat(resent.state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(resent.linkNonce()).isNotEqualTo("nonce-1");
        var stored = bench.candidacies().stored("cDossier");
        assertThat(AccessTokens.matches(bench.tokens().token("cDossier", resent.linkNonce()), stored.accessTokenHashes()))
                .isTrue();
        assertThat(bench.mailer().sentTo(EMAIL).get(0).textBody()).contains(bench.linkOf(stored, resent));
    }

    @Test
    void a_notice_never_written_out_as_its_address_was_undeliverable_is_written_out_when_resent() {
        var recording = ApplicantNotifier.recording(bench.tokens(), bench.links());
        var told = recording.confirmation(Fixtures.labelCampaign(),
                Fixtures.submitted("cDossier", "ARA-2019-L-0001", Fixtures.DURING_CALL), Fixtures.DURING_CALL);
        String mailId = ApplicantNotifier.lastMailId(told);
        bench.candidacies().put(told.withMail(mailId,
                m -> m.suppressed(Fixtures.DURING_CALL, "undeliverable address: bounce")));

        var resent = resend.execute(Fixtures.organiser(), new ResendMail.Resend("cDossier", mailId, "key-0001"));

        assertThat(resent.mail().state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(resent.mail().unwritten()).isFalse();
        assertThat(bench.candidacies().stored("cDossier").mail(mailId).orElseThrow().unwritten()).isTrue();
        assertThat(bench.mailer().sentTo(EMAIL)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(resent.mail().subject()).startsWith("confirmation");
            assertThat(mail.textBody()).contains(bench.linkOf(bench.candidacies().stored("cDossier"), resent.mail()));
        });
    }

    @Test
    void a_pending_mail_an_unknown_mail_and_an_undeliverable_contact_are_refused() {
        submittedWithItsConfirmationSent();
        var pending = OutboxMail.pending("m2", "decision", EMAIL, "Décision", "texte", null, null, Fixtures.AFTER_DEADLINE)
                .claim(Fixtures.AFTER_DEADLINE.plusSeconds(120));
        bench.candidacies().put(bench.candidacies().stored("cDossier").withMailAdded(pending));

        assertRefused(new ResendMail.Resend("cDossier", "m2", "key-0001"), ErrorCode.MAIL_PENDING);
        assertRefused(new ResendMail.Resend("cDossier", "mNone", "key-0001"), ErrorCode.MAIL_NOT_FOUND);
        bench.candidacies().put(bench.candidacies().stored("cDossier").withMailing(m -> m.withUndeliverable(
                new Undeliverable(EMAIL, Undeliverable.Reason.BOUNCE, Fixtures.AFTER_DEADLINE, "m1", null))));
        assertRefused(new ResendMail.Resend("cDossier", "m1", "key-0001"), ErrorCode.CONTACT_UNDELIVERABLE);
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.auditLog().entries()).isEmpty();
    }

    @Test
    void organisers_of_another_region_and_jurors_may_not_resend() {
        submittedWithItsConfirmationSent();
        var request = new ResendMail.Resend("cDossier", "m1", "key-0001");

        assertThatThrownBy(() -> resend.execute(Fixtures.regionalOrganiser("IDF"), request))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_REGION));
        assertThatThrownBy(() -> resend.execute(Fixtures.juror("juror-1"), request))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(resend.execute(Fixtures.regionalOrganiser("ARA"), request).replayed()).isFalse();
    }

    private void assertRefused(ResendMail.Resend request, ErrorCode code) {
        assertThatThrownBy(() -> resend.execute(Fixtures.organiser(), request))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(code));
    }
}
