package fr.interconnectes.candidatures.domain.jury;

import java.util.Objects;

/**
 * How to rank: the aggregation of the jurors' values, and whether each juror's values are first normalised
 * (z-score over the dossiers that juror scored, rescaled to the grid's scale; see {@link Ranking}).
 */
public record RankingOptions(Aggregation aggregation, boolean normalise) {

    public RankingOptions {
        Objects.requireNonNull(aggregation, "aggregation");
    }

    /** Mean of the raw totals: the plain reading of the jury's sheets. */
    public static RankingOptions defaults() {
        return new RankingOptions(Aggregation.MEAN, false);
    }
}
