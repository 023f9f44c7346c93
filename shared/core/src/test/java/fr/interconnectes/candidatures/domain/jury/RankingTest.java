package fr.interconnectes.candidatures.domain.jury;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.LocalizedText;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RankingTest {

    private static final List<Criterion> GRID = JuryGrid.common();
    private static final RankingOptions MEAN = RankingOptions.defaults();
    private static final RankingOptions MEDIAN = new RankingOptions(Aggregation.MEDIAN, false);
    private static final RankingOptions MEAN_NORMALISED = new RankingOptions(Aggregation.MEAN, true);
    private static final double CLOSE = 1e-12;

    /** A sheet on the common grid giving {@code score} on every criterion: its total is {@code score}. */
    private static JurorScore uniform(String candidacyId, String jurorId, int score) {
        Map<String, Integer> scores = new HashMap<>();
        GRID.forEach(c -> scores.put(c.id(), score));
        return new JurorScore(candidacyId, jurorId, scores);
    }

    /** A sheet on {@code grid}, scores in grid order. */
    private static JurorScore sheet(List<Criterion> grid, String candidacyId, String jurorId, int... scores) {
        Map<String, Integer> map = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            map.put(grid.get(i).id(), scores[i]);
        }
        return new JurorScore(candidacyId, jurorId, map);
    }

    private static Criterion criterion(String id, int min, int max, double weight) {
        return new Criterion(id, new LocalizedText(id, null), min, max, weight);
    }

    private static List<String> order(Ranking ranking) {
        return ranking.dossiers().stream().map(RankedDossier::candidacyId).toList();
    }

    private static List<Integer> ranks(Ranking ranking) {
        return ranking.dossiers().stream().map(RankedDossier::rank).toList();
    }

    private static RankedDossier dossier(Ranking ranking, String id) {
        return ranking.dossier(id).orElseThrow();
    }

    @Nested
    class Totals {

        @Test
        void a_jurors_total_is_the_weighted_mean_of_their_scores() {
            List<Criterion> grid = List.of(criterion("a", 0, 10, 3), criterion("b", 0, 10, 1), criterion("c", 0, 10, 1));

            Ranking ranking = Ranking.of(grid, List.of(
                    sheet(grid, "d", "j1", 10, 0, 5),     // (3*10 + 0 + 5) / 5 = 7 (plain mean: 5)
                    sheet(grid, "d", "j2", 0, 10, 10)),   // (0 + 10 + 10) / 5 = 4 (plain mean: 6.67)
                    MEAN);

            RankedDossier d = dossier(ranking, "d");
            assertThat(d.jurorTotals()).extracting(JurorTotal::jurorId, JurorTotal::raw, JurorTotal::value)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple("j1", 7.0, 7.0),
                            org.assertj.core.groups.Tuple.tuple("j2", 4.0, 4.0));
            assertThat(d.score()).isCloseTo(5.5, within(CLOSE));
            assertThat(d.perCriterion()).containsExactly(Map.entry("a", 5.0), Map.entry("b", 5.0), Map.entry("c", 7.5));
            assertThat(d.min()).isEqualTo(4.0);
            assertThat(d.max()).isEqualTo(7.0);
            assertThat(d.spread()).isEqualTo(3.0);
            assertThat(d.numberOfScores()).isEqualTo(2);
            assertThat(ranking.scaleMin()).isEqualTo(0.0);
            assertThat(ranking.scaleMax()).isEqualTo(10.0);
        }

        @Test
        void with_mixed_scales_the_grid_scale_is_the_weighted_mean_of_the_bounds() {
            List<Criterion> grid = List.of(
                    criterion("impact", 0, 5, 2.0), criterion("innovation", 1, 10, 1.5), criterion("feasibility", 0, 4, 0.75));

            Ranking ranking = Ranking.of(grid, List.of(
                    sheet(grid, "best", "j", 5, 10, 4), sheet(grid, "worst", "j", 0, 1, 0)), MEAN);

            double min = (2.0 * 0 + 1.5 * 1 + 0.75 * 0) / 4.25;
            double max = (2.0 * 5 + 1.5 * 10 + 0.75 * 4) / 4.25;
            assertThat(ranking.scaleMin()).isCloseTo(min, within(CLOSE));
            assertThat(ranking.scaleMax()).isCloseTo(max, within(CLOSE));
            assertThat(dossier(ranking, "best").score()).isCloseTo(max, within(CLOSE));
            assertThat(dossier(ranking, "worst").score()).isCloseTo(min, within(CLOSE));
        }

        @Test
        void one_juror_has_no_spread() {
            RankedDossier d = dossier(Ranking.of(GRID, List.of(uniform("d", "j", 6)), MEAN), "d");

            assertThat(d.spread()).isZero();
            assertThat(d.min()).isEqualTo(6.0);
            assertThat(d.max()).isEqualTo(6.0);
        }

        @Test
        void the_score_is_rounded_to_two_decimals_for_display_only() {
            RankedDossier d = dossier(Ranking.of(GRID,
                    List.of(uniform("d", "j1", 6), uniform("d", "j2", 7), uniform("d", "j3", 7)), MEAN), "d");

            assertThat(d.score()).isEqualTo(20.0 / 3);
            assertThat(d.displayScore()).isEqualTo(new BigDecimal("6.67"));
            assertThat(Ranking.forDisplay(2.675)).isEqualTo(new BigDecimal("2.68"));
            assertThat(Ranking.forDisplay(7)).isEqualTo(new BigDecimal("7.00"));
        }
    }

    @Nested
    class Median {

        @Test
        void odd_count_takes_the_middle_value() {
            List<JurorScore> scores = List.of(uniform("d", "j1", 2), uniform("d", "j2", 9), uniform("d", "j3", 5));

            RankedDossier median = dossier(Ranking.of(GRID, scores, MEDIAN), "d");
            RankedDossier mean = dossier(Ranking.of(GRID, scores, MEAN), "d");

            assertThat(median.score()).isEqualTo(5.0);
            assertThat(median.perCriterion()).containsEntry("innovation", 5.0).containsEntry("return_on_investment", 5.0);
            assertThat(mean.score()).isCloseTo(16.0 / 3, within(CLOSE));
            assertThat(median.spread()).isEqualTo(7.0);
        }

        @Test
        void even_count_takes_the_mean_of_the_two_middle_values() {
            List<JurorScore> scores = List.of(
                    uniform("d", "j1", 9), uniform("d", "j2", 2), uniform("d", "j3", 8), uniform("d", "j4", 4));

            RankedDossier median = dossier(Ranking.of(GRID, scores, MEDIAN), "d");

            assertThat(median.score()).isEqualTo(6.0);
            assertThat(median.perCriterion().values()).containsOnly(6.0);
            assertThat(dossier(Ranking.of(GRID, scores, MEAN), "d").score()).isEqualTo(5.75);
        }

        @Test
        void per_criterion_medians_are_taken_criterion_by_criterion() {
            List<Criterion> grid = List.of(criterion("a", 0, 10, 1), criterion("b", 0, 10, 1));

            RankedDossier d = dossier(Ranking.of(grid, List.of(
                    sheet(grid, "d", "j1", 1, 9), sheet(grid, "d", "j2", 5, 1), sheet(grid, "d", "j3", 9, 3)), MEDIAN), "d");

            // totals 5, 3, 6: median 5; criterion medians 5 and 3
            assertThat(d.score()).isEqualTo(5.0);
            assertThat(d.perCriterion()).containsExactly(Map.entry("a", 5.0), Map.entry("b", 3.0));
        }
    }

    @Nested
    class Ties {

        @Test
        void tied_dossiers_share_a_competition_rank_and_are_reported() {
            List<JurorScore> scores = List.of(
                    uniform("g", "j1", 5),
                    uniform("f", "j1", 7),
                    uniform("e", "j1", 6), uniform("e", "j2", 8),   // mean 7
                    uniform("d", "j2", 7),
                    uniform("c", "j1", 7), uniform("c", "j2", 9),   // mean 8
                    uniform("b", "j2", 8),
                    uniform("a", "j1", 9));

            Ranking ranking = Ranking.of(GRID, scores, MEAN);

            assertThat(order(ranking)).containsExactly("a", "b", "c", "d", "e", "f", "g");
            assertThat(ranks(ranking)).containsExactly(1, 2, 2, 4, 4, 4, 7);
            assertThat(ranking.dossiers()).extracting(RankedDossier::tied)
                    .containsExactly(false, true, true, true, true, true, false);
            assertThat(ranking.ties()).containsExactly(List.of("b", "c"), List.of("d", "e", "f"));
        }

        @Test
        void scores_within_epsilon_are_tied_and_shown_in_candidacy_id_order() {
            List<Criterion> grid = List.of(criterion("a", 0, 10, 0.1), criterion("b", 0, 10, 0.2), criterion("c", 0, 10, 0.3));

            Ranking ranking = Ranking.of(grid, List.of(
                    sheet(grid, "y", "j", 0, 3, 0),        // 0.6 / 0.6000000000000001 = 1.0
                    sheet(grid, "x", "j", 0, 0, 2),        // 0.6 / 0.6000000000000001 = 0.9999999999999998
                    sheet(grid, "w", "j", 0, 0, 1)), MEAN);

            assertThat(dossier(ranking, "x").score()).isNotEqualTo(dossier(ranking, "y").score());
            assertThat(order(ranking)).containsExactly("x", "y", "w");
            assertThat(ranks(ranking)).containsExactly(1, 1, 3);
            assertThat(ranking.ties()).containsExactly(List.of("x", "y"));
            assertThat(dossier(ranking, "x").displayScore()).isEqualTo(dossier(ranking, "y").displayScore());
        }

        @Test
        void no_ties_no_groups() {
            Ranking ranking = Ranking.of(GRID, List.of(uniform("a", "j", 3), uniform("b", "j", 4)), MEAN);

            assertThat(ranking.ties()).isEmpty();
            assertThat(ranks(ranking)).containsExactly(1, 2);
        }
    }

    @Nested
    class IncompleteSheets {

        @Test
        void a_sheet_missing_a_criterion_is_ignored_and_counted() {
            Map<String, Integer> partial = new HashMap<>();
            partial.put("innovation", 0);
            partial.put("user_focus", 0);
            partial.put("partnership", 0);
            partial.put("pooling_interoperability", 0);
            Map<String, Integer> withNull = new HashMap<>(partial);
            withNull.put("return_on_investment", null);

            Ranking ranking = Ranking.of(GRID, List.of(
                    uniform("a", "j1", 8),
                    new JurorScore("a", "j2", partial, "à compléter"),
                    new JurorScore("a", "j3", withNull),
                    uniform("b", "j1", 6)), MEAN);

            RankedDossier a = dossier(ranking, "a");
            assertThat(a.score()).isEqualTo(8.0);
            assertThat(a.numberOfScores()).isEqualTo(1);
            assertThat(a.incompleteScoreSheets()).isEqualTo(2);
            assertThat(a.jurorTotals()).extracting(JurorTotal::jurorId).containsExactly("j1");
            assertThat(ranking.incompleteScoreSheets()).isEqualTo(2);
            assertThat(ranks(ranking)).containsExactly(1, 2);
        }

        @Test
        void dossiers_without_a_complete_sheet_come_last_unranked_and_flagged() {
            Map<String, Integer> partial = Map.of("innovation", 10);

            Ranking ranking = Ranking.of(GRID, List.of("m", "b", "z", "a"), List.of(
                    new JurorScore("b", "j1", partial),
                    uniform("m", "j1", 3),
                    uniform("z", "j1", 5)), MEAN);

            assertThat(order(ranking)).containsExactly("z", "m", "a", "b");
            assertThat(ranks(ranking)).containsExactly(1, 2, null, null);
            assertThat(ranking.unscored()).extracting(RankedDossier::candidacyId).containsExactly("a", "b");
            assertThat(ranking.ranked()).extracting(RankedDossier::candidacyId).containsExactly("z", "m");
            RankedDossier b = dossier(ranking, "b");
            assertThat(b.unscored()).isTrue();
            assertThat(b.tied()).isFalse();
            assertThat(b.score()).isNull();
            assertThat(b.displayScore()).isNull();
            assertThat(b.spread()).isNull();
            assertThat(b.perCriterion()).isEmpty();
            assertThat(b.numberOfScores()).isZero();
            assertThat(b.incompleteScoreSheets()).isEqualTo(1);
            assertThat(dossier(ranking, "a").incompleteScoreSheets()).isZero();
            assertThat(ranking.incompleteScoreSheets()).isEqualTo(1);
            assertThat(ranking.ties()).isEmpty();
        }

        @Test
        void several_unscored_dossiers_are_not_tied() {
            Ranking ranking = Ranking.of(GRID, List.of("a", "b"), List.of(), MEAN);

            assertThat(ranks(ranking)).containsExactly(null, null);
            assertThat(ranking.ties()).isEmpty();
            assertThat(ranking.ranked()).isEmpty();
        }
    }

    @Nested
    class Normalisation {

        /**
         * Dossiers of three true levels, high 8, middle 6, low 4. Juror A is harsh and gives 2 points less than
         * the truth, juror B gives the truth. Each heard one dossier of each level of their own, plus "c-ab" (middle)
         * heard by both.
         */
        private final List<JurorScore> scores = List.of(
                uniform("h-a", "A", 6), uniform("p-a", "A", 4), uniform("l-a", "A", 2),
                uniform("h-b", "B", 8), uniform("q-b", "B", 6), uniform("l-b", "B", 4),
                uniform("c-ab", "A", 4), uniform("c-ab", "B", 6));

        @Test
        void without_normalisation_the_harsh_juror_sinks_the_dossiers_they_heard() {
            Ranking raw = Ranking.of(GRID, scores, MEAN);

            assertThat(order(raw)).containsExactly("h-b", "h-a", "q-b", "c-ab", "l-b", "p-a", "l-a");
            assertThat(ranks(raw)).containsExactly(1, 2, 2, 4, 5, 5, 7);
            // a high dossier heard by A ties with a middle one heard by B, a middle one heard by A with a low one
            assertThat(raw.ties()).containsExactly(List.of("h-a", "q-b"), List.of("l-b", "p-a"));
        }

        @Test
        void with_normalisation_the_ranking_depends_on_the_dossiers_not_on_who_heard_them() {
            Ranking normalised = Ranking.of(GRID, scores, MEAN_NORMALISED);

            assertThat(order(normalised)).containsExactly("h-a", "h-b", "c-ab", "p-a", "q-b", "l-a", "l-b");
            assertThat(ranks(normalised)).containsExactly(1, 1, 3, 3, 3, 6, 6);
            assertThat(normalised.ties())
                    .containsExactly(List.of("h-a", "h-b"), List.of("c-ab", "p-a", "q-b"), List.of("l-a", "l-b"));

            // each juror: totals mean m, population sd sqrt(2); 2 points above m -> z = sqrt(2) -> 5 + sqrt(2) * 10 / 6
            double high = 5 + Math.sqrt(2) * 10 / 6;
            RankedDossier ha = dossier(normalised, "h-a");
            assertThat(ha.score()).isCloseTo(high, within(CLOSE));
            assertThat(ha.perCriterion().values()).allSatisfy(v -> assertThat(v).isCloseTo(high, within(CLOSE)));
            assertThat(ha.jurorTotals()).singleElement().satisfies(t -> {
                assertThat(t.raw()).isEqualTo(6.0);
                assertThat(t.value()).isCloseTo(high, within(CLOSE));
            });
            assertThat(dossier(normalised, "l-b").score()).isCloseTo(10 - high, within(CLOSE));
            RankedDossier both = dossier(normalised, "c-ab");
            assertThat(both.score()).isCloseTo(5.0, within(CLOSE));
            assertThat(both.spread()).isCloseTo(0.0, within(CLOSE));
        }

        @Test
        void shifting_a_jurors_scores_by_a_constant_changes_nothing_once_normalised() {
            List<JurorScore> fairA = scores.stream()
                    .map(s -> s.jurorId().equals("A")
                            ? uniform(s.candidacyId(), "A", s.scoresByCriterion().get("innovation") + 2) : s)
                    .toList();

            Ranking harsh = Ranking.of(GRID, scores, MEAN_NORMALISED);
            Ranking fair = Ranking.of(GRID, fairA, MEAN_NORMALISED);

            assertThat(order(fair)).isEqualTo(order(harsh));
            assertThat(ranks(fair)).isEqualTo(ranks(harsh));
            for (RankedDossier d : harsh.dossiers()) {
                assertThat(dossier(fair, d.candidacyId()).score()).isCloseTo(d.score(), within(CLOSE));
            }
            // without normalisation, the fair version is the truth: the two high dossiers lead together
            assertThat(Ranking.of(GRID, fairA, MEAN).ties().get(0)).containsExactly("h-a", "h-b");
        }

        @Test
        void a_juror_with_one_dossier_or_no_variation_gives_the_centre() {
            Ranking ranking = Ranking.of(GRID, List.of(
                    uniform("d1", "solo", 9),
                    uniform("d2", "flat", 7), uniform("d3", "flat", 7), uniform("d4", "flat", 7)), MEAN_NORMALISED);

            assertThat(ranking.dossiers()).allSatisfy(d -> {
                assertThat(d.score()).isEqualTo(5.0);
                assertThat(d.perCriterion().values()).containsOnly(5.0);
                assertThat(d.rank()).isEqualTo(1);
            });
            assertThat(dossier(ranking, "d1").jurorTotals().get(0).raw()).isEqualTo(9.0);
            assertThat(ranking.ties()).containsExactly(List.of("d1", "d2", "d3", "d4"));
        }

        @Test
        void the_centre_of_a_mixed_grid_is_the_middle_of_its_weighted_bounds() {
            List<Criterion> grid = List.of(criterion("impact", 0, 5, 2.0), criterion("innovation", 1, 10, 1.5));

            RankedDossier d = dossier(Ranking.of(grid, List.of(sheet(grid, "d", "solo", 5, 10)), MEAN_NORMALISED), "d");

            double centre = ((0 * 2.0 + 1 * 1.5) / 3.5 + (5 * 2.0 + 10 * 1.5) / 3.5) / 2;
            assertThat(d.score()).isCloseTo(centre, within(CLOSE));
            assertThat(d.perCriterion()).containsExactly(Map.entry("impact", 2.5), Map.entry("innovation", 5.5));
        }

        @Test
        void only_complete_sheets_count_for_a_jurors_statistics() {
            Ranking ranking = Ranking.of(GRID, List.of(
                    uniform("d1", "j", 9),
                    new JurorScore("d2", "j", Map.of("innovation", 0))), MEAN_NORMALISED);

            assertThat(dossier(ranking, "d1").score()).isEqualTo(5.0);
            assertThat(dossier(ranking, "d2").unscored()).isTrue();
        }

        @Test
        void values_beyond_three_deviations_are_clamped_to_the_scale() {
            List<JurorScore> scores = new ArrayList<>();
            scores.add(uniform("d00", "j", 10));
            for (int i = 1; i <= 10; i++) {
                scores.add(uniform(String.format("d%02d", i), "j", 0));
            }

            Ranking ranking = Ranking.of(GRID, scores, MEAN_NORMALISED);

            // eleven totals, one 10 and ten 0: z of the 10 is sqrt(10) = 3.16, so 5 + 3.16 * 10 / 6 = 10.27 -> 10
            RankedDossier top = dossier(ranking, "d00");
            assertThat(top.score()).isEqualTo(10.0);
            assertThat(top.perCriterion().values()).containsOnly(10.0);
            double low = 5 - 10.0 / 6 / Math.sqrt(10);
            assertThat(dossier(ranking, "d05").score()).isCloseTo(low, within(CLOSE));
            assertThat(ranks(ranking)).startsWith(1, 2, 2).endsWith(2);
        }

        @Test
        void clamping_also_holds_at_the_bottom() {
            List<JurorScore> scores = new ArrayList<>();
            scores.add(uniform("d00", "j", 0));
            for (int i = 1; i <= 10; i++) {
                scores.add(uniform(String.format("d%02d", i), "j", 10));
            }

            Ranking ranking = Ranking.of(GRID, scores, MEAN_NORMALISED);

            assertThat(dossier(ranking, "d00").score()).isEqualTo(0.0);
            assertThat(dossier(ranking, "d00").rank()).isEqualTo(11);
        }
    }

    @Nested
    class Determinism {

        @Test
        void the_ranking_does_not_depend_on_the_order_of_the_sheets() {
            List<JurorScore> scores = randomSheets(new Random(42));
            List<String> ids = new ArrayList<>();
            for (int d = 0; d < 40; d++) {
                ids.add("cand-" + d);
            }
            ids.add("cand-unheard");
            for (RankingOptions options : List.of(MEAN, MEDIAN, MEAN_NORMALISED, new RankingOptions(Aggregation.MEDIAN, true))) {
                Ranking reference = Ranking.of(GRID, ids, scores, options);
                if (!options.normalise()) {
                    assertThat(reference.ties()).isNotEmpty();
                }
                assertThat(reference.incompleteScoreSheets()).isPositive();
                assertThat(reference.unscored()).isNotEmpty();
                for (int seed = 0; seed < 5; seed++) {
                    List<JurorScore> shuffled = new ArrayList<>(scores);
                    Collections.shuffle(shuffled, new Random(seed));
                    List<String> shuffledIds = new ArrayList<>(ids);
                    Collections.shuffle(shuffledIds, new Random(seed));
                    assertThat(Ranking.of(GRID, shuffledIds, shuffled, options)).isEqualTo(reference);
                }
                assertOrdered(reference);
            }
        }

        private void assertOrdered(Ranking ranking) {
            List<RankedDossier> ranked = ranking.ranked();
            for (int k = 1; k < ranked.size(); k++) {
                RankedDossier before = ranked.get(k - 1);
                RankedDossier after = ranked.get(k);
                assertThat(after.score()).isLessThanOrEqualTo(before.score() + Ranking.EPSILON);
                if (before.rank().equals(after.rank())) {
                    assertThat(before.candidacyId()).isLessThan(after.candidacyId());
                    assertThat(before.tied()).isTrue();
                } else {
                    assertThat(after.rank()).isEqualTo(k + 1);
                }
            }
        }

        private List<JurorScore> randomSheets(Random random) {
            List<JurorScore> scores = new ArrayList<>();
            for (int d = 0; d < 40; d++) {
                for (int j = 0; j < 4; j++) {
                    if (random.nextInt(5) == 0) {
                        continue;
                    }
                    Map<String, Integer> map = new HashMap<>();
                    for (Criterion c : GRID) {
                        map.put(c.id(), 4 + random.nextInt(3));
                    }
                    if (random.nextInt(10) == 0) {
                        map.remove(GRID.get(random.nextInt(GRID.size())).id());
                    }
                    scores.add(new JurorScore("cand-" + d, "juror-" + j, map));
                }
            }
            return scores;
        }
    }

    @Nested
    class Rejections {

        @Test
        void scores_out_of_scale_are_rejected() {
            assertThatThrownBy(() -> Ranking.of(GRID, List.of(uniform("d", "j", 11)), MEAN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("out of [0, 10]");
            assertThatThrownBy(() -> Ranking.of(GRID, List.of(new JurorScore("d", "j", Map.of("innovation", -1))), MEAN))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void criteria_outside_the_grid_are_rejected() {
            assertThatThrownBy(() -> Ranking.of(GRID, List.of(new JurorScore("d", "j", Map.of("charisma", 5))), MEAN))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("charisma");
        }

        @Test
        void two_sheets_of_one_juror_for_one_dossier_are_rejected() {
            assertThatThrownBy(() -> Ranking.of(GRID, List.of(uniform("d", "j", 5), uniform("d", "j", 6)), MEAN))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void sheets_for_a_dossier_outside_the_ranking_are_rejected() {
            assertThatThrownBy(() -> Ranking.of(GRID, List.of("a"), List.of(uniform("b", "j", 5)), MEAN))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void invalid_grids_are_rejected() {
            List<JurorScore> none = List.of();
            assertThatThrownBy(() -> Ranking.of(List.of(), none, MEAN)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Ranking.of(List.of(criterion("a", 0, 10, 0)), none, MEAN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Ranking.of(List.of(criterion("a", 5, 5, 1)), none, MEAN))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> Ranking.of(List.of(criterion("a", 0, 10, 1), criterion("a", 0, 5, 1)), none, MEAN))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }
}
