package fr.interconnectes.candidatures.domain.jury;

import fr.interconnectes.candidatures.domain.Criterion;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The dossiers of a jury ranked on its grid, best first; dossiers without any complete score sheet come last,
 * unranked, by candidacy id.
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A juror's <b>total</b> for a dossier is the weighted mean of their criterion scores,
 *       {@code sum(w_i * s_i) / sum(w_i)} over the grid's criteria. It lies on the grid's scale,
 *       {@code [scaleMin, scaleMax]}, whose bounds are the weighted means of the criteria's bounds (the
 *       criteria's own bounds when they all share one scale).</li>
 *   <li>A sheet missing a criterion of the grid is incomplete: left out and counted
 *       ({@link #incompleteScoreSheets()}, and per dossier). A score out of its criterion's scale, a criterion
 *       not in the grid, two sheets of one juror for one dossier or a sheet for a dossier not in the ranking are
 *       rejected with {@link IllegalArgumentException}.</li>
 *   <li>The dossier's <b>score</b> is the mean or the median (mean of the two middle values for an even count)
 *       of its jurors' totals; each criterion's aggregate uses the same aggregation of the jurors' scores on it.
 *       With a median, the score is not in general the weighted mean of the criterion medians.</li>
 *   <li><b>Normalisation</b> (optional), per juror, over the dossiers that juror scored completely in this
 *       ranking: each total {@code t} becomes {@code centre + z * range / 6} clamped to
 *       {@code [scaleMin, scaleMax]}, where {@code z = (t - mean) / sd} with the juror's mean and population
 *       standard deviation of totals, {@code centre = (scaleMin + scaleMax) / 2} and
 *       {@code range = scaleMax - scaleMin} of the grid's scale (so three standard deviations reach a bound).
 *       Each criterion score is normalised the same way with the juror's mean and deviation on that criterion
 *       and that criterion's own scale. A juror with a single complete sheet, or whose deviation is below
 *       {@link #EPSILON} (everything scored alike), gets {@code centre} everywhere: nothing tells their harsh
 *       from their kind. Normalised totals are computed from the raw totals, not from normalised criteria.
 *       The point: a harsh juror or a lenient one no longer decides the ranking through which dossiers they
 *       happened to hear; the assumption is that each juror heard a comparable mix of dossiers.</li>
 *   <li>Ranks are competition ranks ("1224"). Two scores within {@link #EPSILON} of each other are tied;
 *       ties chain along the scores sorted in descending order. Tied dossiers share a rank, are flagged
 *       {@code tied}, listed by {@link #ties()} and shown in candidacy id order. The result does not depend on
 *       the order of the input.</li>
 * </ul>
 */
public record Ranking(
        List<RankedDossier> dossiers,
        int incompleteScoreSheets,
        RankingOptions options,
        double scaleMin,
        double scaleMax) {

    /** Two scores closer than this are equal. */
    public static final double EPSILON = 1e-9;

    public Ranking {
        dossiers = List.copyOf(dossiers);
        Objects.requireNonNull(options, "options");
    }

    /**
     * Ranks {@code candidacyIds} (every dossier heard, scored or not) from the jurors' {@code scores} on
     * {@code grid}.
     *
     * @throws IllegalArgumentException for an invalid grid (empty, duplicate ids, {@code scaleMin >= scaleMax},
     *     weight not strictly positive and finite), a score out of its criterion's scale, a criterion not in
     *     the grid, two sheets of one juror for one dossier, a sheet for a dossier not in {@code candidacyIds}
     */
    public static Ranking of(List<Criterion> grid, Collection<String> candidacyIds, Collection<JurorScore> scores,
            RankingOptions options) {
        Objects.requireNonNull(candidacyIds, "candidacyIds");
        return RankingCalculator.rank(grid, candidacyIds, scores, options);
    }

    /** Ranks the dossiers that have at least one sheet in {@code scores}. */
    public static Ranking of(List<Criterion> grid, Collection<JurorScore> scores, RankingOptions options) {
        return RankingCalculator.rank(grid, null, scores, options);
    }

    /** The groups of tied candidacy ids, in rank order, each in candidacy id order. */
    public List<List<String>> ties() {
        List<List<String>> groups = new ArrayList<>();
        List<String> group = new ArrayList<>();
        Integer groupRank = null;
        for (RankedDossier dossier : ranked()) {
            if (!dossier.tied()) {
                continue;
            }
            if (!dossier.rank().equals(groupRank)) {
                if (group.size() > 1) {
                    groups.add(List.copyOf(group));
                }
                group = new ArrayList<>();
                groupRank = dossier.rank();
            }
            group.add(dossier.candidacyId());
        }
        if (group.size() > 1) {
            groups.add(List.copyOf(group));
        }
        return List.copyOf(groups);
    }

    /** The ranked dossiers, best first. */
    public List<RankedDossier> ranked() {
        return dossiers.stream().filter(d -> !d.unscored()).toList();
    }

    /** The dossiers without any complete score sheet, by candidacy id. */
    public List<RankedDossier> unscored() {
        return dossiers.stream().filter(RankedDossier::unscored).toList();
    }

    public Optional<RankedDossier> dossier(String candidacyId) {
        return dossiers.stream().filter(d -> d.candidacyId().equals(candidacyId)).findFirst();
    }

    /** {@code value} rounded half-up to two decimals (of its shortest decimal form), for display. */
    public static BigDecimal forDisplay(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
