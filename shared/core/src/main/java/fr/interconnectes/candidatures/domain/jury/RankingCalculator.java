package fr.interconnectes.candidatures.domain.jury;

import fr.interconnectes.candidatures.domain.Criterion;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** The computation behind {@link Ranking#of}; see there for the rules. */
final class RankingCalculator {

    private RankingCalculator() {
    }

    static Ranking rank(List<Criterion> grid, Collection<String> candidacyIds, Collection<JurorScore> scores,
            RankingOptions options) {
        Objects.requireNonNull(scores, "scores");
        Objects.requireNonNull(options, "options");
        Grid g = Grid.of(grid);

        TreeSet<String> dossierIds = new TreeSet<>();
        if (candidacyIds != null) {
            for (String id : candidacyIds) {
                dossierIds.add(Objects.requireNonNull(id, "candidacy id"));
            }
        } else {
            for (JurorScore score : scores) {
                dossierIds.add(Objects.requireNonNull(score, "score sheet").candidacyId());
            }
        }

        // Sheets: validated, complete ones kept in (candidacy, juror) order, incomplete ones counted.
        Map<String, Integer> incompleteByDossier = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Sheet> sheets = new ArrayList<>();
        for (JurorScore score : scores) {
            Objects.requireNonNull(score, "score sheet");
            if (!dossierIds.contains(score.candidacyId())) {
                throw new IllegalArgumentException("score sheet of juror " + score.jurorId()
                        + " for candidacy " + score.candidacyId() + ", which is not in the ranking");
            }
            if (!seen.add(score.candidacyId() + '\u0000' + score.jurorId())) {
                throw new IllegalArgumentException("two score sheets of juror " + score.jurorId()
                        + " for candidacy " + score.candidacyId());
            }
            int[] values = g.read(score);
            if (values == null) {
                incompleteByDossier.merge(score.candidacyId(), 1, Integer::sum);
            } else {
                sheets.add(new Sheet(score, values, g.total(values)));
            }
        }
        sheets.sort(Comparator.comparing((Sheet s) -> s.score.candidacyId()).thenComparing(s -> s.score.jurorId()));

        if (options.normalise()) {
            normalise(g, sheets);
        } else {
            for (Sheet sheet : sheets) {
                sheet.value = sheet.raw;
                for (int i = 0; i < g.size(); i++) {
                    sheet.criterionValues[i] = sheet.values[i];
                }
            }
        }

        Map<String, List<Sheet>> sheetsByDossier = new TreeMap<>();
        for (Sheet sheet : sheets) {
            sheetsByDossier.computeIfAbsent(sheet.score.candidacyId(), id -> new ArrayList<>()).add(sheet);
        }

        List<Scored> scored = new ArrayList<>();
        List<RankedDossier> unscored = new ArrayList<>();
        for (String id : dossierIds) {
            int incomplete = incompleteByDossier.getOrDefault(id, 0);
            List<Sheet> own = sheetsByDossier.get(id);
            if (own == null) {
                unscored.add(new RankedDossier(id, null, false, true, null, Map.of(), 0, incomplete,
                        null, null, null, List.of()));
            } else {
                scored.add(new Scored(id, own, incomplete, aggregate(own, s -> s.value, options.aggregation())));
            }
        }

        List<RankedDossier> dossiers = new ArrayList<>(dossierIds.size());
        for (List<Scored> group : tieGroups(scored)) {
            int rank = dossiers.size() + 1;
            boolean tied = group.size() > 1;
            for (Scored s : group) {
                dossiers.add(s.toDossier(g, rank, tied, options.aggregation()));
            }
        }
        dossiers.addAll(unscored);

        int incomplete = incompleteByDossier.values().stream().mapToInt(Integer::intValue).sum();
        return new Ranking(dossiers, incomplete, options, g.totalMin, g.totalMax);
    }

    /** Z-scores each juror's totals and criterion scores over their sheets, rescaled to the scale. */
    private static void normalise(Grid g, List<Sheet> sheets) {
        Map<String, List<Sheet>> byJuror = new TreeMap<>();
        for (Sheet sheet : sheets) {
            byJuror.computeIfAbsent(sheet.score.jurorId(), id -> new ArrayList<>()).add(sheet);
        }
        double[] column = new double[0];
        for (List<Sheet> own : byJuror.values()) {
            int n = own.size();
            if (column.length < n) {
                column = new double[n];
            }
            for (int k = 0; k < n; k++) {
                column[k] = own.get(k).raw;
            }
            Rescale totals = Rescale.of(column, n, g.totalMin, g.totalMax);
            for (Sheet sheet : own) {
                sheet.value = totals.apply(sheet.raw);
            }
            for (int i = 0; i < g.size(); i++) {
                for (int k = 0; k < n; k++) {
                    column[k] = own.get(k).values[i];
                }
                Rescale criterion = Rescale.of(column, n, g.mins[i], g.maxs[i]);
                for (Sheet sheet : own) {
                    sheet.criterionValues[i] = criterion.apply(sheet.values[i]);
                }
            }
        }
    }

    /**
     * Chains consecutive dossiers whose scores are within {@link Ranking#EPSILON}, best first; within a group
     * dossiers are in candidacy id order.
     */
    private static List<List<Scored>> tieGroups(List<Scored> scored) {
        scored.sort(Comparator.comparingDouble((Scored s) -> s.score).reversed().thenComparing(s -> s.id));
        List<List<Scored>> groups = new ArrayList<>();
        List<Scored> group = null;
        Scored previous = null;
        for (Scored s : scored) {
            if (previous == null || previous.score - s.score > Ranking.EPSILON) {
                group = new ArrayList<>();
                groups.add(group);
            }
            group.add(s);
            previous = s;
        }
        for (List<Scored> g : groups) {
            g.sort(Comparator.comparing(s -> s.id));
        }
        return groups;
    }

    private interface SheetValue {
        double of(Sheet sheet);
    }

    private static double aggregate(List<Sheet> sheets, SheetValue value, Aggregation aggregation) {
        int n = sheets.size();
        if (aggregation == Aggregation.MEAN) {
            double sum = 0;
            for (Sheet sheet : sheets) {
                sum += value.of(sheet);
            }
            return sum / n;
        }
        double[] values = new double[n];
        for (int k = 0; k < n; k++) {
            values[k] = value.of(sheets.get(k));
        }
        Arrays.sort(values);
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    /** A dossier with at least one complete sheet, before ranking. */
    private static final class Scored {
        final String id;
        final List<Sheet> sheets;
        final int incomplete;
        final double score;

        Scored(String id, List<Sheet> sheets, int incomplete, double score) {
            this.id = id;
            this.sheets = sheets;
            this.incomplete = incomplete;
            this.score = score;
        }

        RankedDossier toDossier(Grid g, int rank, boolean tied, Aggregation aggregation) {
            Map<String, Double> perCriterion = new LinkedHashMap<>();
            for (int i = 0; i < g.size(); i++) {
                int criterion = i;
                perCriterion.put(g.ids[i], aggregate(sheets, s -> s.criterionValues[criterion], aggregation));
            }
            double min = Double.POSITIVE_INFINITY;
            double max = Double.NEGATIVE_INFINITY;
            List<JurorTotal> totals = new ArrayList<>(sheets.size());
            for (Sheet sheet : sheets) {
                min = Math.min(min, sheet.value);
                max = Math.max(max, sheet.value);
                totals.add(new JurorTotal(sheet.score.jurorId(), sheet.raw, sheet.value, sheet.score.comment()));
            }
            return new RankedDossier(id, rank, tied, false, score, perCriterion, sheets.size(), incomplete,
                    min, max, max - min, totals);
        }
    }

    /** A complete sheet: scores in grid order, raw total, and the values the ranking uses. */
    private static final class Sheet {
        final JurorScore score;
        final int[] values;
        final double raw;
        final double[] criterionValues;
        double value;

        Sheet(JurorScore score, int[] values, double raw) {
            this.score = score;
            this.values = values;
            this.raw = raw;
            this.criterionValues = new double[values.length];
        }
    }

    /** {@code v -> centre + z(v) * range / 6} clamped to the scale, or {@code centre} when nothing varies. */
    private static final class Rescale {
        final double mean;
        final double sd;
        final double min;
        final double max;
        final double centre;

        private Rescale(double mean, double sd, double min, double max) {
            this.mean = mean;
            this.sd = sd;
            this.min = min;
            this.max = max;
            this.centre = (min + max) / 2;
        }

        static Rescale of(double[] values, int n, double min, double max) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += values[k];
            }
            double mean = sum / n;
            double squares = 0;
            for (int k = 0; k < n; k++) {
                double d = values[k] - mean;
                squares += d * d;
            }
            return new Rescale(mean, Math.sqrt(squares / n), min, max);
        }

        double apply(double v) {
            if (!(sd >= Ranking.EPSILON)) {
                return centre;
            }
            double rescaled = centre + (v - mean) / sd * (max - min) / 6;
            return Math.max(min, Math.min(max, rescaled));
        }
    }

    /** The grid, validated, as arrays in grid order. */
    private static final class Grid {
        final String[] ids;
        final int[] mins;
        final int[] maxs;
        final double[] weights;
        final Map<String, Integer> index;
        final double totalWeight;
        final double totalMin;
        final double totalMax;

        private Grid(List<Criterion> criteria) {
            int n = criteria.size();
            ids = new String[n];
            mins = new int[n];
            maxs = new int[n];
            weights = new double[n];
            index = new HashMap<>();
            double weight = 0;
            double lower = 0;
            double upper = 0;
            for (int i = 0; i < n; i++) {
                Criterion c = Objects.requireNonNull(criteria.get(i), "criterion");
                Objects.requireNonNull(c.id(), "criterion id");
                if (index.put(c.id(), i) != null) {
                    throw new IllegalArgumentException("criterion " + c.id() + " twice in the grid");
                }
                if (c.scaleMin() >= c.scaleMax()) {
                    throw new IllegalArgumentException("criterion " + c.id() + ": scaleMin must be below scaleMax");
                }
                if (!(c.weight() > 0) || Double.isInfinite(c.weight())) {
                    throw new IllegalArgumentException("criterion " + c.id() + ": weight must be positive and finite");
                }
                ids[i] = c.id();
                mins[i] = c.scaleMin();
                maxs[i] = c.scaleMax();
                weights[i] = c.weight();
                weight += c.weight();
                lower += c.weight() * c.scaleMin();
                upper += c.weight() * c.scaleMax();
            }
            totalWeight = weight;
            totalMin = lower / weight;
            totalMax = upper / weight;
        }

        static Grid of(List<Criterion> criteria) {
            Objects.requireNonNull(criteria, "grid");
            if (criteria.isEmpty()) {
                throw new IllegalArgumentException("empty grid");
            }
            return new Grid(criteria);
        }

        int size() {
            return ids.length;
        }

        /** The sheet's scores in grid order, or {@code null} when a criterion is missing. */
        int[] read(JurorScore score) {
            int[] values = new int[ids.length];
            boolean[] present = new boolean[ids.length];
            for (Map.Entry<String, Integer> e : score.scoresByCriterion().entrySet()) {
                Integer i = index.get(e.getKey());
                if (i == null) {
                    throw new IllegalArgumentException("juror " + score.jurorId() + ", candidacy "
                            + score.candidacyId() + ": criterion " + e.getKey() + " is not in the grid");
                }
                int v = e.getValue();
                if (v < mins[i] || v > maxs[i]) {
                    throw new IllegalArgumentException("juror " + score.jurorId() + ", candidacy "
                            + score.candidacyId() + ": " + e.getKey() + " = " + v + " is out of ["
                            + mins[i] + ", " + maxs[i] + "]");
                }
                values[i] = v;
                present[i] = true;
            }
            for (boolean p : present) {
                if (!p) {
                    return null;
                }
            }
            return values;
        }

        /** The weighted mean of the scores. */
        double total(int[] values) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += weights[i] * values[i];
            }
            return sum / totalWeight;
        }
    }
}
