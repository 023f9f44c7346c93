package fr.interconnectes.candidatures.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.testing.MailTestBench;
import fr.interconnectes.candidatures.testing.UnreadableCandidacies;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.Metric;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import java.time.Duration;
import fr.interconnectes.candidatures.domain.Language;
import org.junit.jupiter.api.Test;

/** An applicant's request records its mail and answers; the table's stream then names the dossier to this use case. */
class DeliverRecordedMailsTest {

    static final Instant NOW = Fixtures.DURING_CALL;

    final MailTestBench bench = MailTestBench.at(NOW);
    /** What an applicant's request builds: it records, and leaves the sending to the stream. */
    final ApplicantNotifier recording = ApplicantNotifier.recording(bench.tokens(), bench.links());
    final DeliverRecordedMails stream = new DeliverRecordedMails(bench.candidacies(), bench.outbox());

    /** A submission's write, its confirmation recorded with it; delivered as the request delivers it. */
    Candidacy submitted(String id) {
        Candidacy stored = bench.candidacies().put(recording.confirmation(Fixtures.labelCampaign(),
                Fixtures.submitted(id, "ARA-2019-L-0001", NOW), NOW));
        return recording.deliver(stored);
    }

    @Test
    void the_request_sends_nothing_and_the_stream_sends_the_mail_once_with_its_link() {
        Candidacy answered = submitted("c1");

        assertThat(answered.outbox()).singleElement().satisfies(mail -> assertThat(mail.pending()).isTrue());
        assertThat(bench.mailer().sent()).isEmpty();

        var result = stream.execute(List.of("c1", "c1"));

        assertThat(result).isEqualTo(new DeliverRecordedMails.Result(1, 1, 0, List.of()));
        OutboxMail mail = bench.outbox("c1").get(0);
        assertThat(mail.state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(bench.mailer().sent()).singleElement().satisfies(sent ->
                assertThat(sent.textBody()).contains(bench.linkOf(bench.candidacies().stored("c1"), mail)));
        assertThat(stream.execute(List.of("c1"))).isEqualTo(new DeliverRecordedMails.Result(1, 0, 0, List.of()));
        assertThat(bench.mailer().sent()).hasSize(1);
    }

    @Test
    void the_dossiers_of_a_batch_are_delivered_at_once_not_one_after_the_other() {
        List<String> batch = List.of("c1", "c2", "c3", "c4", "c5");
        batch.forEach(this::submitted);
        // each send waits until the five are in flight: one after the other, the first would wait in vain
        CountDownLatch inFlight = new CountDownLatch(batch.size());
        AtomicInteger waitedInVain = new AtomicInteger();
        Mailer meetingPoint = mail -> {
            inFlight.countDown();
            try {
                if (!inFlight.await(5, TimeUnit.SECONDS)) {
                    waitedInVain.incrementAndGet();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return bench.mailer().send(mail);
        };
        var outbox = new Outbox(bench.candidacies(), bench.writer(), meetingPoint, bench.templates(), bench.tokens(), bench.links(),
                bench.clock(), bench.metrics());

        var result = new DeliverRecordedMails(bench.candidacies(), outbox).execute(batch);

        assertThat(result).isEqualTo(new DeliverRecordedMails.Result(5, 5, 0, List.of()));
        assertThat(waitedInVain).hasValue(0);
        assertThat(bench.mailer().sent()).hasSize(5);
    }

    @Test
    void a_refused_mail_is_counted_failed_and_left_due_later_for_the_retry_job() {
        submitted("c1");
        bench.mailer().refuseNext(1);

        assertThat(stream.execute(List.of("c1"))).isEqualTo(new DeliverRecordedMails.Result(1, 0, 1, List.of()));

        OutboxMail mail = bench.outbox("c1").get(0);
        assertThat(mail.pending()).isTrue();
        assertThat(mail.nextAttemptAt()).isAfter(NOW);
    }

    @Test
    void a_dossier_gone_is_passed_over_and_one_the_store_cannot_read_is_handed_back() {
        submitted("c1");
        submitted("c3");
        Candidacies store = UnreadableCandidacies.except(bench.candidacies(), "c3");

        var result = new DeliverRecordedMails(store, bench.outbox()).execute(List.of("c1", "c2", "c3"));

        assertThat(result).isEqualTo(new DeliverRecordedMails.Result(3, 1, 0, List.of("c3")));
        assertThat(bench.outbox("c3").get(0).pending()).isTrue();
    }

    @Test
    void the_request_records_its_notice_unwritten_and_the_stream_writes_it_out_in_the_claim() {
        submitted("c1");
        OutboxMail recorded = bench.outbox("c1").get(0);
        assertThat(recorded.unwritten()).isTrue();
        assertThat(recorded.subject()).isNull();
        assertThat(recorded.draft()).isInstanceOfSatisfying(ConfirmationMail.class,
                draft -> assertThat(draft.receiptNumber()).isEqualTo("ARA-2019-L-0001"));
        assertThat(bench.templates().rendered()).isEmpty();

        stream.execute(List.of("c1"));

        OutboxMail sent = bench.outbox("c1").get(0);
        assertThat(sent.unwritten()).isFalse();
        assertThat(sent.draft()).isNull();
        assertThat(sent.subject()).isEqualTo("confirmation – " + Fixtures.labelCampaign().title().in(Language.FR));
        assertThat(sent.textBody()).contains(OutboxMail.LINK_PLACEHOLDER);
        assertThat(bench.mailer().sent()).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo(sent.subject());
            assertThat(mail.textBody()).doesNotContain(OutboxMail.LINK_PLACEHOLDER);
        });
        assertThat(bench.templates().rendered()).containsExactly((MailModel) recorded.draft());
    }

    @Test
    void a_mail_written_out_then_refused_is_kept_written_and_its_retry_sends_the_same_text() {
        submitted("c1");
        bench.mailer().refuseNext(1);

        stream.execute(List.of("c1"));

        OutboxMail refused = bench.outbox("c1").get(0);
        assertThat(refused.pending()).isTrue();
        assertThat(refused.unwritten()).isFalse();
        assertThat(refused.subject()).isNotNull();
        bench.clock().advance(Duration.ofMinutes(2));
        bench.outbox().deliverDue(10);
        assertThat(bench.outbox("c1").get(0).state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(bench.mailer().sent()).singleElement()
                .satisfies(mail -> assertThat(mail.subject()).isEqualTo(refused.subject()));
        assertThat(bench.templates().rendered()).hasSize(1);
    }

    @Test
    void a_draft_the_templates_cannot_write_out_is_a_failed_attempt_sent_once_they_can() {
        submitted("c1");
        MailTemplates broken = model -> {
            throw new IllegalStateException("template missing");
        };
        var outbox = new Outbox(bench.candidacies(), bench.writer(), bench.mailer(), broken, bench.tokens(),
                bench.links(), bench.clock(), bench.metrics());

        new DeliverRecordedMails(bench.candidacies(), outbox).execute(List.of("c1"));

        OutboxMail failed = bench.outbox("c1").get(0);
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(failed.pending()).isTrue();
        assertThat(failed.unwritten()).isTrue();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("not written: IllegalStateException");
        assertThat(bench.metrics().recorded()).containsExactly(new Metric.MailRetried());
        bench.clock().advance(Duration.ofMinutes(2));
        bench.outbox().deliverDue(10);
        assertThat(bench.outbox("c1").get(0).state()).isEqualTo(OutboxMail.State.SENT);
        assertThat(bench.mailer().sent()).hasSize(1);
    }
}
