package fr.interconnectes.candidatures.domain.jury;

import fr.interconnectes.candidatures.domain.Criterion;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Totals on a campaign's grid: a juror's total is the weighted mean of their scores (on the grid's scale,
 * 0 to 10 for the common grid); a dossier's is the mean of its jurors' totals. Rounded to two decimals.
 */
public final class ScoreTotals {

    private ScoreTotals() {
    }

    /** The weighted mean of {@code scores} over the criteria of {@code grid}; empty when none is scored. */
    public static OptionalDouble total(List<Criterion> grid, Map<String, Integer> scores) {
        double weighted = 0;
        double weights = 0;
        for (Criterion criterion : grid) {
            Integer score = scores.get(criterion.id());
            if (score != null && criterion.weight() > 0) {
                weighted += criterion.weight() * score;
                weights += criterion.weight();
            }
        }
        return weights == 0 ? OptionalDouble.empty() : OptionalDouble.of(round(weighted / weights));
    }

    /** The mean of the totals of the jurors who scored; empty when nobody did. */
    public static OptionalDouble average(List<Criterion> grid, Collection<JuryRecord> records) {
        double sum = 0;
        int count = 0;
        for (JuryRecord record : records) {
            if (record.scored() && !record.conflicted()) {
                OptionalDouble total = total(grid, record.scores());
                if (total.isPresent()) {
                    sum += total.getAsDouble();
                    count++;
                }
            }
        }
        return count == 0 ? OptionalDouble.empty() : OptionalDouble.of(round(sum / count));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
