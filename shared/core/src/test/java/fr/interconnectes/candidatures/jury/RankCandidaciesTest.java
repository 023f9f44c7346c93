package fr.interconnectes.candidatures.jury;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.jury.Aggregation;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.domain.jury.RankedDossier;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RankCandidaciesTest {

    private static final Instant AT = Fixtures.DURING_CALL;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final RankCandidacies rankCandidacies = new RankCandidacies(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign()), candidacies, juryRecords);

    private void scored(String candidacyId, String juror, int each) {
        juryRecords.save(Fixtures.assigned(candidacyId, juror, AT).withScores(Fixtures.evenScores(each), null, AT));
    }

    private RankCandidacies.Result rank(RankingOptions options) {
        return rankCandidacies.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN, options);
    }

    @Test
    void the_submitted_dossiers_are_ranked_on_the_complete_sheets_and_the_unheard_come_last() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0002", AT));
        candidacies.put(Fixtures.submitted("c3", "ARA-2019-L-0003", AT));
        scored("c1", "juror-1", 6);
        scored("c1", "juror-2", 8);
        scored("c2", "juror-1", 9);
        juryRecords.save(Fixtures.assigned("c3", "juror-1", AT));

        RankCandidacies.Result result = rank(RankingOptions.defaults());

        assertThat(result.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(result.ranking().dossiers())
                .extracting(RankedDossier::candidacyId, RankedDossier::rank, RankedDossier::score, RankedDossier::numberOfScores)
                .containsExactly(tuple("c2", 1, 9.0, 1), tuple("c1", 2, 7.0, 2), tuple("c3", null, null, 0));
        assertThat(result.ranking().incompleteScoreSheets()).as("an assignment without scores is no sheet").isZero();
        assertThat(result.dossiers()).containsOnlyKeys("c1", "c2", "c3");
        assertThat(result.dossiers().get("c2")).isEqualTo(candidacies.stored("c2"));
    }

    @Test
    void drafts_and_withdrawn_dossiers_are_not_ranked_even_with_sheets() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
        candidacies.put(Fixtures.readyToSubmit("cDraft", "t", AT));
        candidacies.put(Fixtures.submitted("cWithdrawn", "ARA-2019-L-0002", AT).withdrawn(AT));
        scored("c1", "juror-1", 5);
        scored("cDraft", "juror-1", 10);
        scored("cWithdrawn", "juror-1", 10);

        RankCandidacies.Result result = rank(RankingOptions.defaults());

        assertThat(result.ranking().dossiers()).extracting(RankedDossier::candidacyId).containsExactly("c1");
        assertThat(result.dossiers()).containsOnlyKeys("c1");
    }

    @Test
    void a_sheet_under_a_conflict_of_interest_does_not_count() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
        scored("c1", "juror-1", 8);
        // scored, then a conflict declared without the scores being cleared (as older records may hold)
        juryRecords.save(new JuryRecord("c1", Fixtures.LABEL_CAMPAIGN, "juror-2", AT, "organiser-sub", AT, "Ancien employeur",
                Fixtures.evenScores(0), null, AT, 0));

        RankedDossier ranked = rank(RankingOptions.defaults()).ranking().dossiers().get(0);

        assertThat(ranked.score()).isEqualTo(8.0);
        assertThat(ranked.numberOfScores()).isEqualTo(1);
    }

    @Test
    void the_options_asked_for_are_the_rankings() {
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
        scored("c1", "juror-1", 8);
        RankingOptions median = new RankingOptions(Aggregation.MEDIAN, true);

        assertThat(rank(median).ranking().options()).isEqualTo(median);
    }

    @Test
    void organisers_of_the_campaign_only() {
        refused(ErrorCode.FORBIDDEN, () -> rankCandidacies.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN,
                RankingOptions.defaults()));
        refused(ErrorCode.OUT_OF_REGION, () -> rankCandidacies.execute(Fixtures.regionalOrganiser("IDF"),
                Fixtures.LABEL_CAMPAIGN, RankingOptions.defaults()));
        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> rankCandidacies.execute(Fixtures.organiser(), "nowhere-2019",
                RankingOptions.defaults()));
    }
}
