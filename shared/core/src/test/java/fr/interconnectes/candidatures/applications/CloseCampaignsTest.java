package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.notifications.ExpiredMail;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CloseCampaignsTest {

    static final Instant NOW = Fixtures.DURING_CALL;
    static final Instant EXTENDED = Fixtures.CLOSES.plus(Duration.ofDays(2));

    final MailTestBench bench = MailTestBench.at(NOW);
    final CloseCampaigns closeCampaigns = new CloseCampaigns(bench.campaigns(), bench.candidacies(), bench.writer(),
            bench.notifier(), bench.clock());

    void storeDossiers() {
        bench.candidacies().put(Fixtures.readyToSubmit("draft", "token-draft", NOW));
        bench.candidacies().put(Fixtures.submitted("submitted", "ARA-2019-L-0001", NOW));
        bench.candidacies().put(Fixtures.submitted("withdrawn", "ARA-2019-L-0002", NOW).withdrawn(NOW));
        bench.candidacies().put(Fixtures.readyToSubmit("extended", "token-extended", NOW)
                .withPersonalDeadline(EXTENDED, NOW));
    }

    @Test
    void nothing_closes_while_the_call_is_open() {
        storeDossiers();

        assertThat(closeCampaigns.execute()).isEqualTo(new CloseCampaigns.Closed(0, 0));
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void only_drafts_past_their_own_deadline_expire_and_their_applicants_are_told() {
        storeDossiers();
        bench.clock().set(Fixtures.AFTER_DEADLINE);

        CloseCampaigns.Closed closed = closeCampaigns.execute();

        // the label, start-up and Île-de-France calls close together; the national round later
        assertThat(closed).isEqualTo(new CloseCampaigns.Closed(3, 1));
        assertThat(bench.candidacies().stored("draft").status()).isEqualTo(CandidacyStatus.EXPIRED);
        assertThat(bench.candidacies().stored("submitted").status()).isEqualTo(CandidacyStatus.SUBMITTED);
        assertThat(bench.candidacies().stored("withdrawn").status()).isEqualTo(CandidacyStatus.WITHDRAWN);
        assertThat(bench.candidacies().stored("extended").status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(bench.mailer().sent()).hasSize(1);
        assertThat(bench.templates().rendered(ExpiredMail.class)).singleElement()
                .satisfies(m -> assertThat(m.deadline()).isEqualTo(Fixtures.CLOSES));
        assertThat(bench.outbox("draft")).singleElement().satisfies(m -> assertThat(m.kind()).isEqualTo("expired"));
    }

    @Test
    void a_personal_extension_expires_when_it_runs_out() {
        storeDossiers();
        bench.clock().set(EXTENDED);
        closeCampaigns.execute();
        assertThat(bench.candidacies().stored("extended").status()).isEqualTo(CandidacyStatus.DRAFT);

        bench.clock().set(EXTENDED.plusSeconds(1));
        assertThat(closeCampaigns.execute().expiredDrafts()).isEqualTo(1);
        assertThat(bench.candidacies().stored("extended").status()).isEqualTo(CandidacyStatus.EXPIRED);
        assertThat(bench.templates().rendered(ExpiredMail.class)).extracting(ExpiredMail::deadline)
                .containsExactly(Fixtures.CLOSES, EXTENDED);
    }

    @Test
    void an_extension_granted_meanwhile_keeps_the_draft_open() {
        bench.candidacies().put(Fixtures.readyToSubmit("draft", "token-draft", NOW));
        bench.clock().set(Fixtures.AFTER_DEADLINE);
        bench.candidacies().beforeNextUpdate(store -> {
            var current = store.stored("draft");
            store.put(current.withPersonalDeadline(EXTENDED, Fixtures.AFTER_DEADLINE).atRevision(current.revision() + 1));
        });

        assertThat(closeCampaigns.execute().expiredDrafts()).isZero();
        assertThat(bench.candidacies().stored("draft").status()).isEqualTo(CandidacyStatus.DRAFT);
        assertThat(bench.mailer().sent()).isEmpty();
    }

    @Test
    void running_twice_expires_and_tells_once() {
        storeDossiers();
        bench.clock().set(Fixtures.AFTER_DEADLINE);
        closeCampaigns.execute();

        assertThat(closeCampaigns.execute()).isEqualTo(new CloseCampaigns.Closed(3, 0));
        assertThat(bench.mailer().sent()).hasSize(1);
    }
}
