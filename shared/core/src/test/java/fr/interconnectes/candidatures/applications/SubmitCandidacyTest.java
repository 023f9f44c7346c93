package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.port.Metric;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SubmitCandidacyTest {

    static final Instant NOW = Fixtures.DURING_CALL;
    static final String TOKEN = "token-c1";
    static final String AUTHORIZATION = "Bearer " + TOKEN;

    final MailTestBench bench = MailTestBench.at(NOW);
    final SubmitCandidacy submit = new SubmitCandidacy(bench.access(), bench.campaigns(), bench.writer(),
            bench.counters(), bench.forms(), bench.notifier(), bench.clock(), bench.metrics());

    @Test
    void a_complete_dossier_gets_its_receipt_and_a_confirmation_in_the_same_write() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));

        CandidacyView view = submit.execute("c1", AUTHORIZATION);

        assertThat(view.candidacy().status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(view.candidacy().receipt()).isEqualTo(new Receipt("ARA-2019-L-0001", NOW));
        assertThat(view.missing()).isEmpty();
        assertThat(view.campaign().id()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(bench.mailer().sentTo("helene.dupre@cc-pays-evian.fr")).hasSize(1);
        assertThat(bench.templates().rendered(ConfirmationMail.class).get(0).receiptNumber())
                .isEqualTo("ARA-2019-L-0001");
        assertThat(bench.outbox("c1")).singleElement()
                .satisfies(m -> assertThat(m.kind()).isEqualTo("confirmation"))
                .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMail.State.SENT));
        // the submit and its mail: one write; claiming and marking the mail: two more
        assertThat(bench.candidacies().updates()).isEqualTo(3);
        assertThat(bench.metrics().recorded())
                .containsExactly(new Metric.CandidacySubmitted(Track.LABEL), new Metric.MailSent());
    }

    @Test
    void an_incomplete_dossier_is_refused_with_everything_it_lacks_and_nothing_is_sent() {
        bench.candidacies().put(Fixtures.draft("c1", Fixtures.LABEL_CAMPAIGN,
                Fixtures.bareLabelForm("maire@annecy.fr"), TOKEN, NOW));

        assertThatThrownBy(() -> submit.execute("c1", AUTHORIZATION))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INCOMPLETE);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).contains("project.title", "attachments");
                });
        assertThat(bench.candidacies().stored("c1").status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(bench.candidacies().updates()).isZero();
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void after_the_deadline_nothing_is_submitted_nor_sent() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));
        bench.clock().set(Fixtures.AFTER_DEADLINE);

        assertThatThrownBy(() -> submit.execute("c1", AUTHORIZATION))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DEADLINE_PASSED));
        assertThat(bench.candidacies().stored("c1").receipt()).isNull();
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.metrics().recorded())
                .containsExactly(new Metric.DeadlineRefused(Metric.DeadlineRefused.Operation.SUBMIT));
    }

    @Test
    void a_personal_extension_lets_a_dossier_be_submitted_after_the_deadline() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW)
                .withPersonalDeadline(Fixtures.CLOSES.plus(Duration.ofDays(2)), NOW));
        bench.clock().set(Fixtures.AFTER_DEADLINE);

        assertThat(submit.execute("c1", AUTHORIZATION).candidacy().status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(bench.mailer().sent()).hasSize(1);
    }

    @Test
    void submitting_again_returns_the_same_receipt_and_sends_nothing_more() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));
        Receipt first = submit.execute("c1", AUTHORIZATION).candidacy().receipt();
        bench.clock().advance(Duration.ofMinutes(5));

        CandidacyView again = submit.execute("c1", AUTHORIZATION);

        assertThat(again.candidacy().receipt()).isEqualTo(first);
        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(bench.outbox("c1")).hasSize(1);
        assertThat(bench.metrics().of(Metric.CandidacySubmitted.class)).hasSize(1);
    }

    @Test
    void a_mail_service_failure_does_not_fail_the_submission_and_the_job_sends_it_later() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));
        bench.mailer().refuseNext(1);

        CandidacyView view = submit.execute("c1", AUTHORIZATION);

        assertThat(view.candidacy().status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.outbox("c1")).singleElement().satisfies(m -> assertThat(m.pending()).isTrue());

        bench.clock().advance(Duration.ofMinutes(1));
        new DeliverPendingMails(bench.outbox()).execute();
        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(bench.outbox("c1").get(0).state()).isEqualTo(OutboxMail.State.SENT);
    }

    @Test
    void submitting_again_sends_a_confirmation_still_pending() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));
        bench.mailer().refuseNext(1);
        submit.execute("c1", AUTHORIZATION);
        bench.clock().advance(Duration.ofMinutes(1));

        submit.execute("c1", AUTHORIZATION);

        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(bench.outbox("c1")).singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMail.State.SENT));
    }

    @Test
    void when_a_concurrent_submit_wins_its_receipt_stands_and_one_confirmation_only_is_recorded() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));
        MailTestBench other = bench;
        bench.candidacies().beforeNextUpdate(store -> {
            var current = store.stored("c1");
            var winner = other.notifier().confirmation(Fixtures.labelCampaign(),
                    current.submitted(new Receipt("ARA-2019-L-0099", NOW), NOW), NOW);
            store.put(winner.atRevision(current.revision() + 1));
        });

        CandidacyView view = submit.execute("c1", AUTHORIZATION);

        assertThat(view.candidacy().receipt().number()).isEqualTo("ARA-2019-L-0099");
        assertThat(bench.outbox("c1")).hasSize(1);
        assertThat(bench.mailer().sent()).hasSize(1);
    }

    @Test
    void a_wrong_token_opens_nothing() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", TOKEN, NOW));

        assertThatThrownBy(() -> submit.execute("c1", "Bearer someone-else"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND));
        assertThat(bench.mailer().sent()).isEmpty();
    }
}
