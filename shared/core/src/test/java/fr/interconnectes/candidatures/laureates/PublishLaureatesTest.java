package fr.interconnectes.candidatures.laureates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryPublishedResults;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishLaureatesTest {

    static final Instant AFTER_DAY = Instant.parse("2019-10-18T08:00:00Z");

    final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign());
    final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    final InMemoryPublishedResults results = new InMemoryPublishedResults();
    final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    final TestClock clock = new TestClock(AFTER_DAY);
    final PublishLaureates publish = new PublishLaureates(campaigns, candidacies, results, new Audit(auditLog, clock), clock);
    final GetLaureates read = new GetLaureates(campaigns, results);

    void decided(String id, String number, String organisation, Decision.Outcome outcome, boolean sent) {
        var dossier = Fixtures.submitted(id, number, organisation, Fixtures.DURING_CALL);
        candidacies.put(sent ? Fixtures.withSentDecision(dossier, outcome, AFTER_DAY)
                : dossier.withDecision(new Decision(outcome, null, "organiser", AFTER_DAY, null)));
    }

    @Test
    void the_finalists_whose_decision_was_sent_are_published_without_anything_personal() {
        decided("c1", "ARA-2019-L-0001", "Ville de Brignais", Decision.Outcome.FINALIST, true);
        decided("c2", "ARA-2019-L-0002", "Commune de Thônes", Decision.Outcome.NOT_SELECTED, true);
        decided("c3", "ARA-2019-L-0003", "Grand Annecy", Decision.Outcome.FINALIST, true);
        candidacies.put(Fixtures.submitted("c4", "ARA-2019-L-0004", Fixtures.DURING_CALL));

        var published = publish.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN);

        assertThat(published.palmares().laureates()).extracting(Laureate::organisation)
                .containsExactly("Ville de Brignais", "Grand Annecy");
        Laureate first = published.palmares().laureates().get(0);
        assertThat(first.kind()).isEqualTo(OrganisationKind.EPCI);
        assertThat(first.projectTitle()).isEqualTo("Guichet numérique « Évian connecté »");
        assertThat(first.summary()).isEqualTo("Un guichet unique pour les démarches.");
        assertThat(published.palmares().publishedAt()).isEqualTo(AFTER_DAY);
        assertThat(read.execute(Fixtures.LABEL_CAMPAIGN)).isEqualTo(published);
        assertThat(auditLog.actions()).containsExactly("laureates.published");
        assertThat(auditLog.entries().get(0).details()).containsEntry("laureates", "2");
    }

    @Test
    void a_pending_decision_keeps_the_results_unpublished() {
        decided("c1", "ARA-2019-L-0001", "Ville de Brignais", Decision.Outcome.FINALIST, true);
        decided("c2", "ARA-2019-L-0002", "Grand Annecy", Decision.Outcome.FINALIST, false);

        assertThatThrownBy(() -> publish.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DECISIONS_NOT_SENT));
        assertThat(results.find(Fixtures.LABEL_CAMPAIGN)).isEmpty();
        assertThat(auditLog.actions()).isEmpty();
    }

    @Test
    void without_any_decision_there_is_nothing_to_publish() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", Fixtures.DURING_CALL));

        assertThatThrownBy(() -> publish.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.DECISIONS_NOT_SENT));
    }

    @Test
    void a_regional_organiser_publishes_only_in_their_region_and_a_juror_never() {
        decided("c1", "ARA-2019-L-0001", "Ville de Brignais", Decision.Outcome.FINALIST, true);

        assertThatThrownBy(() -> publish.execute(Fixtures.regionalOrganiser("IDF"), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.OUT_OF_REGION));
        assertThatThrownBy(() -> publish.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN));
        assertThat(results.find(Fixtures.LABEL_CAMPAIGN)).isEmpty();
    }

    @Test
    void results_not_published_yet_are_not_found() {
        assertThatThrownBy(() -> read.execute(Fixtures.LABEL_CAMPAIGN))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.LAUREATES_NOT_PUBLISHED));
        assertThatThrownBy(() -> read.execute("aura-1999-label"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND));
    }
}
