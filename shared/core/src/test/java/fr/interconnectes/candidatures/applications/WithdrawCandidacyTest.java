package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WithdrawCandidacyTest {

    static final Instant NOW = Fixtures.DURING_CALL;
    static final String AUTHORIZATION = "Bearer token-c1";

    final MailTestBench bench = MailTestBench.at(NOW);
    final WithdrawCandidacy withdraw = new WithdrawCandidacy(bench.access(), bench.campaigns(), bench.writer(),
            bench.forms(), bench.notifier(), bench.clock());

    @Test
    void the_applicant_withdraws_and_is_told_so_with_a_fresh_link() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0003", NOW));
        bench.clock().advance(Duration.ofHours(1));

        CandidacyView view = withdraw.execute("c1", AUTHORIZATION);

        assertThat(view.candidacy().status()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(view.candidacy().withdrawnAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(bench.mailer().sent()).singleElement()
                .satisfies(m -> assertThat(m.to()).isEqualTo("helene.dupre@cc-pays-evian.fr"));
        WithdrawalMail model = bench.templates().rendered(WithdrawalMail.class).get(0);
        assertThat(model.receiptNumber()).isEqualTo("ARA-2019-L-0003");
        OutboxMail mail = bench.outbox("c1").get(0);
        assertThat(mail.state()).isEqualTo(OutboxMail.State.SENT);
        String token = bench.tokens().token("c1", mail.linkNonce());
        assertThat(bench.mailer().sent().get(0).textBody()).contains(bench.linkOf(view.candidacy(), mail));
        assertThat(AccessTokens.matches(token, bench.candidacies().stored("c1").accessTokenHashes())).isTrue();
    }

    @Test
    void withdrawing_again_sends_nothing_more() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0003", NOW));
        withdraw.execute("c1", AUTHORIZATION);

        CandidacyView again = withdraw.execute("c1", AUTHORIZATION);

        assertThat(again.candidacy().status()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(bench.outbox("c1")).hasSize(1);
    }

    @Test
    void a_dossier_can_be_withdrawn_after_the_deadline() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0003", NOW));
        bench.clock().set(Fixtures.AFTER_DEADLINE.plus(Duration.ofDays(3)));

        assertThat(withdraw.execute("c1", AUTHORIZATION).candidacy().status()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(bench.mailer().sent()).hasSize(1);
    }

    @Test
    void an_expired_dossier_cannot_be_withdrawn() {
        bench.candidacies().put(Fixtures.readyToSubmit("c1", "token-c1", NOW).expired(Fixtures.AFTER_DEADLINE));

        assertThatThrownBy(() -> withdraw.execute("c1", AUTHORIZATION))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CANDIDACY_EXPIRED));
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void a_mail_service_failure_does_not_fail_the_withdrawal() {
        bench.candidacies().put(Fixtures.submitted("c1", "ARA-2019-L-0003", NOW));
        bench.mailer().refuseNext(1);

        assertThat(withdraw.execute("c1", AUTHORIZATION).candidacy().status()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(bench.outbox("c1")).singleElement().satisfies(m -> assertThat(m.pending()).isTrue());
    }
}
