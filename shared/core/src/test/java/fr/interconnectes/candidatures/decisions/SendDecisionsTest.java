package fr.interconnectes.candidatures.decisions;

import fr.interconnectes.candidatures.port.Metric;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DecisionMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SendDecisionsTest {

    static final Instant NOW = Fixtures.AFTER_DEADLINE.plus(Duration.ofDays(10));
    static final String NATIONAL = Fixtures.NATIONAL_LABEL_CAMPAIGN;

    final MailTestBench bench = MailTestBench.at(NOW);
    final SendDecisions sendDecisions = new SendDecisions(bench.campaigns(), bench.candidacies(), bench.writer(),
            bench.counters(), bench.notifier(), bench.audit(), bench.clock(),
            SendDecisions.DEFAULT_DELIVERY_BUDGET, bench.metrics());

    Candidacy decided(String id, String receipt, Decision.Outcome outcome) {
        Candidacy submitted = Fixtures.submitted(id, receipt, Fixtures.DURING_CALL);
        return bench.candidacies().put(submitted.withDecision(
                new Decision(outcome, "Merci à tous.", "organiser-sub", NOW.minus(Duration.ofDays(1)), null)));
    }

    void storeDecisions() {
        decided("c1", "ARA-2019-L-0001", Decision.Outcome.FINALIST);
        decided("c2", "ARA-2019-L-0002", Decision.Outcome.NOT_SELECTED);
        bench.candidacies().put(Fixtures.submitted("c3", "ARA-2019-L-0003", Fixtures.DURING_CALL));
    }

    SendDecisions.Result send() {
        return sendDecisions.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, null, null);
    }

    @Test
    void each_decided_dossier_gets_one_mail_and_its_decision_is_marked_told_in_the_same_write() {
        storeDecisions();

        SendDecisions.Result result = send();

        assertThat(result.mailsRecorded()).isEqualTo(2);
        assertThat(result.mailsSent()).isEqualTo(2);
        assertThat(result.undecided()).isEqualTo(1);
        assertThat(result.alreadySent()).isZero();
        assertThat(bench.mailer().sent()).hasSize(2);
        for (String id : new String[] {"c1", "c2"}) {
            Candidacy stored = bench.candidacies().stored(id);
            assertThat(stored.decision().notifiedAt()).isEqualTo(NOW);
            assertThat(stored.outbox()).singleElement().satisfies(m -> {
                assertThat(m.kind()).isEqualTo("decision");
                assertThat(m.linkNonce()).isNull();
                assertThat(m.state()).isEqualTo(OutboxMail.State.SENT);
            });
        }
        assertThat(bench.outbox("c3")).isEmpty();
        assertThat(bench.templates().rendered(DecisionMail.class)).extracting(DecisionMail::outcome)
                .containsExactly(DecisionMail.Outcome.FINALIST, DecisionMail.Outcome.NOT_SELECTED);
        assertThat(bench.auditLog().actions()).containsExactly("decision.sent", "decision.sent");
        assertThat(bench.auditLog().entries().get(0).details())
                .containsEntry("mailId", bench.outbox("c1").get(0).id())
                .containsEntry("outcome", "finalist");
    }

    @Test
    void sending_again_sends_nothing_more() {
        storeDecisions();
        send();

        SendDecisions.Result again = send();

        assertThat(again.mailsRecorded()).isZero();
        assertThat(again.alreadySent()).isEqualTo(2);
        assertThat(bench.mailer().sent()).hasSize(2);
        assertThat(bench.outbox("c1")).hasSize(1);
        assertThat(bench.metrics().of(Metric.DecisionsSent.class))
                .containsExactly(new Metric.DecisionsSent(2), new Metric.DecisionsSent(0));
    }

    @Test
    void a_concurrent_call_that_told_the_decision_first_leaves_nothing_to_record() {
        decided("c1", "ARA-2019-L-0001", Decision.Outcome.NOT_SELECTED);
        bench.candidacies().beforeNextUpdate(store -> {
            Candidacy current = store.stored("c1");
            Candidacy told = bench.notifier().decision(Fixtures.labelCampaign(),
                    current.withDecision(current.decision().notified(NOW)), null, NOW);
            store.put(told.atRevision(current.revision() + 1));
        });

        SendDecisions.Result result = send();

        assertThat(result.mailsRecorded()).isZero();
        assertThat(result.alreadySent()).isEqualTo(1);
        assertThat(bench.outbox("c1")).hasSize(1);
    }

    @Test
    void a_mail_the_service_refuses_stays_pending_for_the_retry_job() {
        decided("c1", "ARA-2019-L-0001", Decision.Outcome.FINALIST);
        bench.mailer().refuseNext(1);

        SendDecisions.Result result = send();

        assertThat(result.mailsRecorded()).isEqualTo(1);
        assertThat(result.mailsSent()).isZero();
        assertThat(bench.outbox("c1")).singleElement().satisfies(m -> assertThat(m.pending()).isTrue());
        assertThat(send().mailsRecorded()).isZero();
    }

    @Test
    void finalists_are_carried_into_the_national_campaign_once_and_told_of_its_forum() {
        storeDecisions();

        SendDecisions.Result result = sendDecisions.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, NATIONAL,
                null);

        assertThat(result.carried()).singleElement().satisfies(carried -> {
            assertThat(carried.candidacyId()).isEqualTo("c1");
            assertThat(carried.receiptNumber()).isEqualTo("FR-2019-L-0001");
            Candidacy national = bench.candidacies().stored(carried.nationalCandidacyId());
            assertThat(national.campaignId()).isEqualTo(NATIONAL);
            assertThat(national.originCandidacyId()).isEqualTo("c1");
            assertThat(national.outbox()).isEmpty();
            // the finalist's own token opens the national dossier too, to update it for the final
            assertThat(national.accessTokenHashes()).isEqualTo(bench.candidacies().stored("c1").accessTokenHashes())
                    .isNotEmpty();
        });
        assertThat(bench.templates().rendered(DecisionMail.class).get(0).nationalForum())
                .startsWith("Label Territoires Innovants 2019 — finale nationale");

        SendDecisions.Result again = sendDecisions.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, NATIONAL,
                null);
        assertThat(again.carried()).isEmpty();
        assertThat(again.skipped()).isEqualTo(1);
        assertThat(bench.candidacies().findByCampaign(NATIONAL)).hasSize(1);
        assertThat(bench.mailer().sent()).hasSize(2);
    }

    @Test
    void a_forum_given_by_the_organisers_is_written_as_given() {
        decided("c1", "ARA-2019-L-0001", Decision.Outcome.FINALIST);

        sendDecisions.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, null, "  Forum national, Lyon  ");

        assertThat(bench.templates().rendered(DecisionMail.class)).singleElement()
                .satisfies(m -> assertThat(m.nationalForum()).isEqualTo("Forum national, Lyon"));
    }
}
