package fr.interconnectes.candidatures.local.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark's bootstrap interval of a ratio of p50s (the benchmark itself is not a test; this helper is). */
class RatioIntervalTest {

    @Test
    void runs_that_never_vary_give_the_ratio_itself() {
        assertThat(ColdStartBenchmark.ratioInterval(new double[] {1200, 1200, 1200}, new double[] {1000, 1000}))
                .containsExactly(1.2, 1.2);
    }

    @Test
    void the_interval_holds_the_point_ratio_and_narrows_as_runs_are_added() {
        double[] few = {900, 1000, 1100, 1300, 950};
        double[] fewBase = {800, 850, 900, 1000, 820};
        double[] many = new double[50];
        double[] manyBase = new double[50];
        for (int i = 0; i < 50; i++) {
            many[i] = few[i % 5];
            manyBase[i] = fewBase[i % 5];
        }
        double point = ColdStartBenchmark.pct(few, 50) / ColdStartBenchmark.pct(fewBase, 50);

        double[] wide = ColdStartBenchmark.ratioInterval(few, fewBase);
        double[] narrow = ColdStartBenchmark.ratioInterval(many, manyBase);

        assertThat(wide[0]).isLessThanOrEqualTo(point);
        assertThat(wide[1]).isGreaterThanOrEqualTo(point);
        assertThat(narrow[1] - narrow[0]).isLessThan(wide[1] - wide[0]);
    }
}
