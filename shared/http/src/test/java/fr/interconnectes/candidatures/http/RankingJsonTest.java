package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankingJsonTest {

    @Test
    void each_dossier_shows_its_rank_scores_and_spread_with_two_decimals() {
        InMemoryCandidacies candidacies = new InMemoryCandidacies();
        InMemoryJuryRecords jury = new InMemoryJuryRecords();
        candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", "Commune de Chamonix", Fixtures.DURING_CALL)
                .withDecision(new Decision(Decision.Outcome.FINALIST, null, "organiser-sub", Fixtures.DURING_CALL, null)));
        candidacies.put(Fixtures.submitted("c2", "ARA-2019-L-0002", "Ville d'Évian", Fixtures.DURING_CALL));
        jury.save(Fixtures.assigned("c1", "fair").withScores(Fixtures.evenScores(8), null, Fixtures.DURING_CALL));
        jury.save(Fixtures.assigned("c1", "harsh").withScores(Fixtures.evenScores(5), null, Fixtures.DURING_CALL));
        var result = new RankCandidacies(new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, jury)
                .execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN, RankingOptions.defaults());

        Map<String, Object> json = RankingJson.of(result);

        assertThat(json).containsEntry("campaignId", Fixtures.LABEL_CAMPAIGN).containsEntry("aggregation", "mean")
                .containsEntry("normalised", false).containsEntry("scale", Map.of("min", 0.0, "max", 10.0))
                .containsKeys("incompleteScoreSheets", "ties");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> dossiers = (List<Map<String, Object>>) json.get("dossiers");
        assertThat(dossiers).extracting(d -> d.get("candidacyId")).containsExactly("c1", "c2");
        Map<String, Object> first = dossiers.get(0);
        assertThat(first).containsEntry("rank", 1).containsEntry("tied", false)
                .containsEntry("receiptNumber", "ARA-2019-L-0001").containsEntry("organisation", "Commune de Chamonix")
                .containsEntry("numberOfScores", 2).containsEntry("unscored", false).containsEntry("decision", "finalist");
        assertThat(first.get("score")).isEqualTo(new BigDecimal("6.50"));
        assertThat(first.get("spread")).isEqualTo(new BigDecimal("3.00"));
        assertThat(first.get("min")).isEqualTo(new BigDecimal("5.00"));
        assertThat(first.get("max")).isEqualTo(new BigDecimal("8.00"));
        assertThat(first.get("perCriterion")).isEqualTo(Map.of("innovation", new BigDecimal("6.50"), "user_focus",
                new BigDecimal("6.50"), "partnership", new BigDecimal("6.50"), "pooling_interoperability",
                new BigDecimal("6.50"), "return_on_investment", new BigDecimal("6.50")));
        Map<String, Object> unheard = dossiers.get(1);
        assertThat(unheard).containsEntry("unscored", true).containsEntry("numberOfScores", 0).doesNotContainKey("decision");
        assertThat(unheard.get("rank")).isNull();
    }
}
