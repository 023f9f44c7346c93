package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.RankedDossier;
import fr.interconnectes.candidatures.domain.jury.Ranking;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * How a campaign's ranking looks to its organisers ({@code GET /admin/campaigns/{id}/ranking}): rank, score,
 * per-criterion scores, number of scores, spread, ties. Values have two decimals for people; the ranking
 * itself compares them at full precision.
 */
public final class RankingJson {

    private RankingJson() {
    }

    public static Map<String, Object> of(RankCandidacies.Result result) {
        Ranking ranking = result.ranking();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", result.campaign().id());
        json.put("aggregation", ranking.options().aggregation().name().toLowerCase(Locale.ROOT));
        json.put("normalised", ranking.options().normalise());
        json.put("scale", Map.of("min", ranking.scaleMin(), "max", ranking.scaleMax()));
        json.put("incompleteScoreSheets", ranking.incompleteScoreSheets());
        json.put("ties", ranking.ties());
        json.put("dossiers", ranking.dossiers().stream()
                .map(d -> dossier(d, result.dossiers().get(d.candidacyId()))).toList());
        return json;
    }

    private static Map<String, Object> dossier(RankedDossier d, Candidacy candidacy) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("rank", d.rank());
        row.put("tied", d.tied());
        row.put("candidacyId", d.candidacyId());
        row.put("receiptNumber", candidacy.receipt() == null ? null : candidacy.receipt().number());
        row.put("organisation", candidacy.form().applicant().organisation());
        row.put("projectTitle", candidacy.form().project().title());
        row.put("score", d.displayScore());
        Map<String, Object> perCriterion = new LinkedHashMap<>();
        d.perCriterion().forEach((id, value) -> perCriterion.put(id, Ranking.forDisplay(value)));
        row.put("perCriterion", perCriterion);
        row.put("numberOfScores", d.numberOfScores());
        row.put("spread", display(d.spread()));
        row.put("min", display(d.min()));
        row.put("max", display(d.max()));
        row.put("unscored", d.unscored());
        if (candidacy.decision() != null) {
            row.put("decision", candidacy.decision().outcome().code());
        }
        return row;
    }

    private static BigDecimal display(Double value) {
        return value == null ? null : Ranking.forDisplay(value);
    }
}
