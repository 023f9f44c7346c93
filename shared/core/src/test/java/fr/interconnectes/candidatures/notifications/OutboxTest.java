package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Correlation;
import fr.interconnectes.candidatures.port.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import java.util.List;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class OutboxTest {

    static final Instant NOW = Fixtures.DURING_CALL;

    final MailTestBench bench = MailTestBench.at(NOW);
    final Outbox outbox = bench.outbox();
    final ApplicantNotifier notifier = bench.notifier();

    /** A submitted dossier stored with its confirmation recorded, not sent yet. */
    Candidacy recorded(String id) {
        Candidacy submitted = Fixtures.submitted(id, "ARA-2019-L-0001", NOW);
        return bench.candidacies().put(notifier.confirmation(Fixtures.labelCampaign(), submitted, NOW));
    }

    OutboxMail onlyMail(String id) {
        assertThat(bench.outbox(id)).hasSize(1);
        return bench.outbox(id).get(0);
    }

    /** Another request writing the dossier between this one's read and write. */
    static void writesMeanwhile(InMemoryCandidacies store, String id, java.util.function.UnaryOperator<Candidacy> change) {
        Candidacy current = store.stored(id);
        store.put(change.apply(current).atRevision(current.revision() + 1));
    }

    @Test
    void a_recorded_mail_is_sent_once_and_marked_sent() {
        Candidacy stored = recorded("c1");

        Candidacy after = outbox.deliver(stored);

        assertThat(bench.mailer().sent()).hasSize(1);
        OutboxMail mail = onlyMail("c1");
        assertThat(mail.state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(mail.attempts()).isEqualTo(1);
        assertThat(mail.sentAt()).isEqualTo(NOW);
        assertThat(mail.providerMessageId()).isEqualTo("message-1");
        assertThat(after.revision()).isEqualTo(bench.candidacies().stored("c1").revision());

        outbox.deliver(after);
        outbox.deliverDue(100);
        assertThat(bench.mailer().sent()).hasSize(1);
    }

    @Test
    void a_mail_with_an_attachment_is_retried_with_the_very_same_file() {
        MailAttachment invite = new MailAttachment("convocation.ics", "text/calendar; method=REQUEST",
                "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
        Candidacy submitted = Fixtures.submitted("c1", "ARA-2019-L-0001", NOW);
        Candidacy stored = bench.candidacies().put(submitted.withMailAdded(OutboxMail.pending("m1", "convocation",
                "helene.dupre@cc-pays-evian.fr", "Convocation", "Texte", null, List.of(invite), null, NOW)));
        bench.mailer().refuseNext(1);

        outbox.deliver(stored);
        assertThat(onlyMail("c1").attachments()).containsExactly(invite);
        bench.clock().advance(Duration.ofMinutes(5));
        outbox.deliverDue(100);

        assertThat(bench.mailer().sent()).singleElement()
                .satisfies(sent -> assertThat(sent.attachments()).containsExactly(invite));
        assertThat(onlyMail("c1").state()).isEqualTo(OutboxMail.State.SENT);
    }

    @Test
    void the_link_is_put_in_when_the_mail_is_sent_and_its_token_is_never_stored() {
        Candidacy stored = recorded("c1");
        OutboxMail pending = onlyMail("c1");
        String token = bench.tokens().token("c1", pending.linkNonce());
        String link = bench.linkOf(stored, pending);
        assertThat(link).isEqualTo(Fixtures.PUBLIC_BASE_URL + "/dossier.html#c1." + token);

        outbox.deliver(stored);

        Mailer.Mail sent = bench.mailer().sent().get(0);
        assertThat(sent.to()).isEqualTo("helene.dupre@cc-pays-evian.fr");
        assertThat(sent.textBody()).contains(link).doesNotContain(OutboxMail.LINK_PLACEHOLDER);
        assertThat(sent.htmlBody()).contains(link).doesNotContain(OutboxMail.LINK_PLACEHOLDER);
        OutboxMail kept = onlyMail("c1");
        assertThat(kept.textBody()).contains(OutboxMail.LINK_PLACEHOLDER).doesNotContain(token);
        assertThat(kept.htmlBody()).contains(OutboxMail.LINK_PLACEHOLDER).doesNotContain(token);
        assertThat(AccessTokens.matches(token, bench.candidacies().stored("c1").accessTokenHashes())).isTrue();
    }

    @Test
    void a_mail_claimed_by_another_sender_waits_until_its_lease_runs_out() {
        Candidacy stored = recorded("c1");
        String mailId = onlyMail("c1").id();
        Candidacy claimed = bench.candidacies().update(stored.withMail(mailId, m -> m.claim(NOW.plus(Outbox.LEASE))));

        outbox.deliver(claimed);
        outbox.deliverDue(100);
        assertThat(bench.mailer().sent()).isEmpty();

        bench.clock().advance(Outbox.LEASE.plusSeconds(1));
        outbox.deliverDue(100);
        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(onlyMail("c1").state()).isEqualTo(OutboxMail.State.SENT);
    }

    @Test
    void a_concurrent_claimer_never_causes_a_second_send() {
        Candidacy stored = recorded("c1");
        String mailId = onlyMail("c1").id();
        // the retry job claims the mail between this request's read and its claim
        bench.candidacies().beforeNextUpdate(store -> writesMeanwhile(store, "c1",
                c -> c.withMail(mailId, m -> m.claim(NOW.plus(Outbox.LEASE)))));

        outbox.deliver(stored);

        assertThat(bench.mailer().sent()).isEmpty();
        OutboxMail mail = onlyMail("c1");
        assertThat(mail.pending()).isTrue();
        assertThat(mail.attempts()).isZero();
        assertThat(mail.claimedUntil()).isEqualTo(NOW.plus(Outbox.LEASE));
    }

    @Test
    void another_write_in_between_only_delays_the_claim() {
        Candidacy stored = recorded("c1");
        bench.candidacies().beforeNextUpdate(store -> writesMeanwhile(store, "c1", c -> c));

        outbox.deliver(stored);

        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(onlyMail("c1").state()).isEqualTo(OutboxMail.State.SENT);
    }

    @Test
    void a_refused_mail_stays_pending_and_is_retried_after_its_backoff() {
        Candidacy stored = recorded("c1");
        bench.mailer().refuseNext(1);

        outbox.deliver(stored);

        OutboxMail failed = onlyMail("c1");
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(failed.pending()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plus(Duration.ofMinutes(1)));
        assertThat(failed.claimedUntil()).isNull();
        assertThat(failed.lastError()).contains("MailNotSent");

        outbox.deliverDue(100);
        assertThat(bench.mailer().sent()).isEmpty();

        bench.clock().advance(Duration.ofMinutes(1));
        assertThat(outbox.deliverDue(100)).isEqualTo(new Outbox.Round(1, 0));
        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(onlyMail("c1").attempts()).isEqualTo(2);
    }

    @Test
    void a_mail_refused_again_and_again_is_given_up_after_the_last_attempt() {
        recorded("c1");
        bench.mailer().refuseNext(OutboxMail.MAX_ATTEMPTS);

        for (int attempt = 1; attempt <= OutboxMail.MAX_ATTEMPTS; attempt++) {
            assertThat(outbox.deliverDue(100)).isEqualTo(new Outbox.Round(0, 1));
            bench.clock().advance(Duration.ofHours(6));
        }

        OutboxMail mail = onlyMail("c1");
        assertThat(mail.state()).isEqualTo(OutboxMail.State.FAILED);
        assertThat(mail.attempts()).isEqualTo(OutboxMail.MAX_ATTEMPTS);
        assertThat(outbox.deliverDue(100)).isEqualTo(new Outbox.Round(0, 0));
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.metrics().of(Metric.MailRetried.class)).hasSize(OutboxMail.MAX_ATTEMPTS - 1);
        assertThat(bench.metrics().of(Metric.MailGivenUp.class)).hasSize(1);
        assertThat(bench.metrics().of(Metric.MailSent.class)).isEmpty();
    }

    @Test
    void a_mail_is_sent_under_the_id_of_the_request_that_recorded_it_whoever_sends_it() {
        Candidacy submitted = Fixtures.submitted("c1", "ARA-2019-L-0001", NOW);
        bench.candidacies().put(Correlation.call("req-that-submitted",
                () -> notifier.confirmation(Fixtures.labelCampaign(), submitted, NOW)));
        assertThat(onlyMail("c1").requestId()).isEqualTo("req-that-submitted");
        List<String> sentUnder = new java.util.ArrayList<>();
        Outbox job = new Outbox(bench.candidacies(), bench.writer(), mail -> {
            sentUnder.add(Correlation.requestId().orElse("none"));
            return "m-1";
        }, bench.templates(), bench.tokens(), bench.links(), bench.clock(), bench.metrics());

        Correlation.call("req-of-the-job", () -> job.deliverDue(10));

        assertThat(sentUnder).containsExactly("req-that-submitted");
        assertThat(onlyMail("c1").state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(onlyMail("c1").requestId()).isEqualTo("req-that-submitted");
        assertThat(Correlation.requestId()).isEmpty();
        assertThat(bench.metrics().recorded()).containsExactly(new Metric.MailSent());
    }

    @Test
    void a_sent_mail_whose_outcome_cannot_be_stored_goes_again_after_the_lease_never_lost() {
        Candidacy stored = recorded("c1");
        bench.candidacies().beforeNextUpdate(store -> { });
        for (int i = 0; i < fr.interconnectes.candidatures.dossiers.OptimisticWrite.ATTEMPTS; i++) {
            bench.candidacies().beforeNextUpdate(store -> writesMeanwhile(store, "c1", c -> c));
        }

        outbox.deliver(stored);

        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(onlyMail("c1").pending()).isTrue();

        bench.clock().advance(Outbox.LEASE.plusSeconds(1));
        outbox.deliverDue(100);
        assertThat(bench.mailer().sent()).hasSize(2);
        assertThat(onlyMail("c1").state()).isEqualTo(OutboxMail.State.SENT);
    }

    @Test
    void a_round_counts_the_mails_sent_and_those_that_failed() {
        recorded("c1");
        recorded("c2");
        bench.mailer().refuseNext(1);

        assertThat(outbox.deliverDue(100)).isEqualTo(new Outbox.Round(1, 1));
    }
}
