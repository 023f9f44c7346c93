package fr.interconnectes.candidatures.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ApplicantNotifierTest {

    static final Instant NOW = Fixtures.DURING_CALL;

    final MailTestBench bench = MailTestBench.at(NOW);
    final ApplicantNotifier notifier = bench.notifier();
    final Campaign campaign = Fixtures.labelCampaign();
    final Candidacy submitted = Fixtures.submitted("c1", "ARA-2019-L-0007", NOW);

    static OutboxMail last(Candidacy candidacy) {
        return candidacy.outbox().get(candidacy.outbox().size() - 1);
    }

    /** The mail is recorded with a nonce whose token opens the dossier, and nothing is sent yet. */
    void assertRecordedWithLink(Candidacy told, String kind) {
        OutboxMail mail = last(told);
        assertThat(mail.kind()).isEqualTo(kind);
        assertThat(mail.pending()).isTrue();
        assertThat(mail.createdAt()).isEqualTo(NOW);
        assertThat(mail.to()).isEqualTo("helene.dupre@cc-pays-evian.fr");
        assertThat(mail.linkNonce()).isNotBlank();
        String token = bench.tokens().token(told.id(), mail.linkNonce());
        assertThat(AccessTokens.matches(token, told.accessTokenHashes())).isTrue();
        assertThat(told.accessTokenHashes()).hasSize(submitted.accessTokenHashes().size() + 1);
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void a_confirmation_carries_the_receipt_the_files_and_the_link_placeholder() {
        Candidacy told = notifier.confirmation(campaign, submitted, NOW);

        assertRecordedWithLink(told, "confirmation");
        ConfirmationMail model = bench.templates().rendered(ConfirmationMail.class).get(0);
        assertThat(model.receiptNumber()).isEqualTo("ARA-2019-L-0007");
        assertThat(model.attachments()).extracting(ConfirmationMail.Attachment::fileName).containsExactly("dossier.pdf");
        assertThat(model.deadline()).isEqualTo(Fixtures.CLOSES);
        assertThat(model.link()).isEqualTo(OutboxMail.LINK_PLACEHOLDER);
        assertThat(model.header().zone()).isEqualTo(Fixtures.PARIS);
        assertThat(model.header().organisation()).isEqualTo("Communauté de communes du Pays d'Évian");
        assertThat(last(told).textBody()).contains(OutboxMail.LINK_PLACEHOLDER);
    }

    @Test
    void withdrawal_access_link_and_expiry_are_recorded_with_a_fresh_link() {
        assertRecordedWithLink(notifier.withdrawal(campaign, submitted.withdrawn(NOW), NOW), "withdrawal");
        assertRecordedWithLink(notifier.accessLink(campaign, submitted, NOW), "access_link");
        assertRecordedWithLink(notifier.expired(campaign, submitted.expired(NOW), NOW), "expired");

        assertThat(bench.templates().rendered(WithdrawalMail.class).get(0).receiptNumber()).isEqualTo("ARA-2019-L-0007");
        assertThat(bench.templates().rendered(AccessLinkMail.class).get(0).status())
                .isEqualTo(AccessLinkMail.Status.SUBMITTED);
    }

    @Test
    void a_decision_is_recorded_without_a_link() {
        Candidacy decided = submitted.withDecision(new Decision(Decision.Outcome.FINALIST, "Bravo", "organiser-sub",
                NOW, NOW));

        Candidacy told = notifier.decision(campaign, decided, "Finale nationale, Lyon", NOW);

        assertThat(last(told).kind()).isEqualTo("decision");
        assertThat(last(told).linkNonce()).isNull();
        assertThat(told.accessTokenHashes()).isEqualTo(decided.accessTokenHashes());
        DecisionMail model = bench.templates().rendered(DecisionMail.class).get(0);
        assertThat(model.outcome()).isEqualTo(DecisionMail.Outcome.FINALIST);
        assertThat(model.nationalForum()).isEqualTo("Finale nationale, Lyon");
        assertThat(model.organisersMessage()).isEqualTo("Bravo");
        assertThat(model.language()).isEqualTo(Language.FR);
    }

    @Test
    void deliver_sends_what_was_recorded() {
        Candidacy stored = bench.candidacies().put(notifier.confirmation(campaign, submitted, NOW));

        Candidacy delivered = notifier.deliver(stored);

        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(last(delivered).state()).isEqualTo(OutboxMail.State.SENT);
    }
}
