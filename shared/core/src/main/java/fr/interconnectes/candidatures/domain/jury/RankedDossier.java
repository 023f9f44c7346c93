package fr.interconnectes.candidatures.domain.jury;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One dossier in a {@link Ranking}.
 *
 * <p>For a ranked dossier: {@code rank} is its competition rank (1-based, "1224": tied dossiers share a
 * rank and the next rank skips), {@code tied} tells whether another dossier has the same score (within
 * {@link Ranking#EPSILON}), {@code score} is the aggregate of the jurors' totals at full precision (see
 * {@link #displayScore()} for two decimals), {@code perCriterion} the aggregate of each criterion in grid
 * order, {@code numberOfScores} the number of complete sheets, {@code min}, {@code max} and {@code spread}
 * ({@code max - min}, 0 with one juror) are taken over the values the ranking used (the normalised ones when
 * it normalises), listed in {@code jurorTotals} by juror id.
 *
 * <p>A dossier without any complete sheet is {@code unscored}: {@code rank}, {@code score}, {@code min},
 * {@code max} and {@code spread} are {@code null}, {@code perCriterion} and {@code jurorTotals} empty.
 * {@code incompleteScoreSheets} counts the sheets of the dossier left out because a criterion was missing.
 */
public record RankedDossier(
        String candidacyId,
        Integer rank,
        boolean tied,
        boolean unscored,
        Double score,
        Map<String, Double> perCriterion,
        int numberOfScores,
        int incompleteScoreSheets,
        Double min,
        Double max,
        Double spread,
        List<JurorTotal> jurorTotals) {

    public RankedDossier {
        Objects.requireNonNull(candidacyId, "candidacyId");
        if (unscored != (rank == null) || unscored != (score == null)) {
            throw new IllegalArgumentException("an unscored dossier has neither rank nor score, a scored one both");
        }
        perCriterion = Collections.unmodifiableMap(new LinkedHashMap<>(perCriterion));
        jurorTotals = List.copyOf(jurorTotals);
        if (numberOfScores != jurorTotals.size()) {
            throw new IllegalArgumentException("numberOfScores differs from the number of juror totals");
        }
    }

    /** The score rounded half-up to two decimals, for display; {@code null} when unscored. */
    public BigDecimal displayScore() {
        return score == null ? null : Ranking.forDisplay(score);
    }
}
