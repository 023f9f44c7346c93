package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.port.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeliverPendingMailsTest {

    static final Instant NOW = Fixtures.DURING_CALL;

    final MailTestBench bench = MailTestBench.at(NOW);
    final ApplicantNotifier notifier = bench.notifier();
    final DeliverPendingMails job = new DeliverPendingMails(bench.outbox());

    /** A request that recorded its mail but could not send it. */
    void refusedOnce(String id) {
        var stored = bench.candidacies().put(notifier.confirmation(Fixtures.labelCampaign(),
                Fixtures.submitted(id, "ARA-2019-L-0001", NOW), NOW));
        bench.mailer().refuseNext(1);
        notifier.deliver(stored);
    }

    @Test
    void the_job_sends_what_requests_could_not_once_it_is_due() {
        refusedOnce("c1");
        refusedOnce("c2");

        assertThat(job.execute()).isEqualTo(new Outbox.Round(0, 0));
        assertThat(bench.metrics().of(Metric.MailRetried.class)).hasSize(2);
        assertThat(bench.metrics().of(Metric.OutboxBacklogAge.class))
                .containsExactly(new Metric.OutboxBacklogAge(Duration.ZERO));

        bench.clock().advance(Duration.ofMinutes(1));
        assertThat(bench.outbox().backlogAge()).isEqualTo(Duration.ofMinutes(1));
        assertThat(job.execute()).isEqualTo(new Outbox.Round(2, 0));
        assertThat(bench.metrics().of(Metric.MailSent.class)).hasSize(2);
        assertThat(bench.metrics().of(Metric.OutboxBacklogAge.class)).last()
                .isEqualTo(new Metric.OutboxBacklogAge(Duration.ZERO));
        assertThat(bench.mailer().sent()).hasSize(2);
        assertThat(bench.outbox("c1").get(0).state()).isEqualTo(OutboxMail.State.SENT);

        assertThat(job.execute()).isEqualTo(new Outbox.Round(0, 0));
        assertThat(bench.mailer().sent()).hasSize(2);
    }

    @Test
    void nothing_pending_nothing_sent() {
        assertThat(job.execute()).isEqualTo(new Outbox.Round(0, 0));
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void two_runs_at_once_over_a_backlog_send_each_mail_once_and_count_only_their_own() throws Exception {
        for (int i = 0; i < 60; i++) {
            refusedOnce("c" + i);
        }
        bench.clock().advance(Duration.ofMinutes(1));
        var settings = new DeliverPendingMails.Settings(Duration.ofSeconds(30), 6, 1_000);
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> new DeliverPendingMails(bench.outbox(), settings).execute());
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> new DeliverPendingMails(bench.outbox(), settings).execute());

        assertThat(first.get().sent() + second.get().sent()).isEqualTo(60);
        assertThat(bench.mailer().sent()).hasSize(60);
        for (int i = 0; i < 60; i++) {
            assertThat(bench.outbox("c" + i)).extracting(OutboxMail::state).containsOnly(OutboxMail.State.SENT);
        }
    }

    @Test
    void the_send_rate_spaces_the_mails_however_many_senders_share_it() throws Exception {
        var rate = new SendRate(mail -> "id", 100);
        long started = System.nanoTime();
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(8)) {
            for (int i = 0; i < 31; i++) {
                pool.submit(() -> rate.send(new fr.interconnectes.candidatures.port.Mailer.Mail("a@b.fr", "s", "t", null)));
            }
        }
        // 31 mails at 100 a second: the last waits 300 ms for its slot
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
    }
}
