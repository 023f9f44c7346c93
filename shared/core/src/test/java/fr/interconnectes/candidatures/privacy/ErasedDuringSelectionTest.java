package fr.interconnectes.candidatures.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.applications.CloseCampaigns;
import fr.interconnectes.candidatures.decisions.SendDecisions;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A dossier erased with force while still in its call or its selection: no job mails anybody about it. */
class ErasedDuringSelectionTest {

    private static final Instant NOW = Fixtures.AFTER_DEADLINE.plusSeconds(3600);

    private final MailTestBench bench = MailTestBench.at(NOW);

    private static Candidacy erased(Candidacy dossier) {
        Erasure done = Erasure.started(Erasure.Cause.REQUEST, "Courriel", "organiser-sub", NOW, List.of())
                .attempted(List.of(), null, NOW);
        return dossier.anonymised(done, NOW);
    }

    @Test
    void a_pending_decision_of_an_erased_dossier_is_never_sent() {
        bench.candidacies().put(erased(Fixtures.submitted("cErased", "ARA-2019-L-0001", Fixtures.DURING_CALL)
                .withDecision(new Decision(Decision.Outcome.FINALIST, "Bravo", "organiser-sub", NOW, null))));

        var result = new SendDecisions(bench.campaigns(), bench.candidacies(), bench.writer(), bench.counters(),
                bench.notifier(), bench.audit(), bench.clock(), SendDecisions.DEFAULT_DELIVERY_BUDGET, bench.metrics())
                .execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, Fixtures.NATIONAL_LABEL_CAMPAIGN, null);

        assertThat(result.mailsRecorded()).isZero();
        assertThat(result.carried()).isEmpty();
        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.candidacies().stored("cErased").outbox()).isEmpty();
    }

    @Test
    void an_erased_draft_is_not_told_it_expired() {
        bench.candidacies().put(erased(Fixtures.readyToSubmit("cErased", "token", Fixtures.DURING_CALL)));

        new CloseCampaigns(bench.campaigns(), bench.candidacies(), bench.writer(), bench.notifier(), bench.clock())
                .execute();

        assertThat(bench.mailer().sent()).isEmpty();
        assertThat(bench.candidacies().stored("cErased").outbox()).isEmpty();
    }
}
