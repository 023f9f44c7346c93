package fr.interconnectes.candidatures.notifications;

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

        bench.clock().advance(Duration.ofMinutes(1));
        assertThat(job.execute()).isEqualTo(new Outbox.Round(2, 0));
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
}
