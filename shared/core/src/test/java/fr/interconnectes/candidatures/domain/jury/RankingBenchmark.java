package fr.interconnectes.candidatures.domain.jury;

import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.JuryGrid;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Wall-clock figures of {@link Ranking#of}: 1,000 dossiers, each scored by 5 jurors on the 5 criteria of the
 * common grid, generated with a fixed seed. Not a JUnit test; run it by hand:
 *
 * <pre>
 * mvn -B -q -pl shared test-compile
 * java -cp shared/core/target/classes:shared/core/target/test-classes \
 *     fr.interconnectes.candidatures.domain.jury.RankingBenchmark [dossiers] [jurorsPerDossier] [jurorPool] [runs]
 * </pre>
 *
 * Defaults: 1000 dossiers, 5 jurors per dossier, a pool of 5 jurors (everyone scores everything), 51 measured runs
 * after 200 warm-up runs per configuration. Only {@code Ranking.of} is timed, not the generation of the sheets.
 * Wall-clock is what was asked; the thread's CPU time is printed too because it suffers less from a busy host.
 */
public final class RankingBenchmark {

    private static final long SEED = 20191017L;
    private static final int WARM_UP = 200;

    private RankingBenchmark() {
    }

    public static void main(String[] args) {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int jurorsPerDossier = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int pool = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int runs = args.length > 3 ? Integer.parseInt(args[3]) : 51;
        if (pool < jurorsPerDossier) {
            throw new IllegalArgumentException("the pool must hold at least jurorsPerDossier jurors");
        }

        List<Criterion> grid = JuryGrid.common();
        List<JurorScore> sheets = generate(grid, dossiers, jurorsPerDossier, pool, new Random(SEED));
        System.out.printf("Ranking benchmark: %d dossiers, %d jurors per dossier (pool of %d), %d criteria, %d sheets,"
                        + " seed %d, %d warm-up + %d measured runs; Java %s, %d processors%n",
                dossiers, jurorsPerDossier, pool, grid.size(), sheets.size(), SEED, WARM_UP, runs,
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());

        measure("MEAN", grid, sheets, new RankingOptions(Aggregation.MEAN, false), runs);
        measure("MEDIAN", grid, sheets, new RankingOptions(Aggregation.MEDIAN, false), runs);
        measure("MEAN+normalise", grid, sheets, new RankingOptions(Aggregation.MEAN, true), runs);
    }

    private static void measure(String name, List<Criterion> grid, List<JurorScore> sheets, RankingOptions options,
            int runs) {
        long checksum = 0;
        for (int i = 0; i < WARM_UP; i++) {
            checksum += digest(Ranking.of(grid, sheets, options));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] millis = new double[runs];
        double[] cpuMillis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            Ranking ranking = Ranking.of(grid, sheets, options);
            millis[i] = (System.nanoTime() - start) / 1e6;
            cpuMillis[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
            checksum += digest(ranking);
        }
        Arrays.sort(millis);
        Arrays.sort(cpuMillis);
        Ranking ranking = Ranking.of(grid, sheets, options);
        System.out.printf("%-15s wall: median %7.3f ms, min %7.3f ms, max %7.3f ms | thread CPU: median %7.3f ms"
                        + "  (%d ranked, %d tie groups, top %s %s; checksum %d)%n",
                name, millis[runs / 2], millis[0], millis[runs - 1], cpuMillis[runs / 2], ranking.ranked().size(),
                ranking.ties().size(), ranking.dossiers().get(0).candidacyId(),
                ranking.dossiers().get(0).displayScore(), checksum);
    }

    private static long digest(Ranking ranking) {
        return ranking.dossiers().get(0).candidacyId().hashCode() + ranking.ties().size();
    }

    /** Each dossier has a quality in [2, 8]; each juror a bias in [-2, 2]; each score adds noise, rounded, clamped. */
    private static List<JurorScore> generate(List<Criterion> grid, int dossiers, int jurorsPerDossier, int pool,
            Random random) {
        double[] bias = new double[pool];
        for (int j = 0; j < pool; j++) {
            bias[j] = -2 + 4 * random.nextDouble();
        }
        List<Integer> jurors = new ArrayList<>();
        for (int j = 0; j < pool; j++) {
            jurors.add(j);
        }
        List<JurorScore> sheets = new ArrayList<>(dossiers * jurorsPerDossier);
        for (int d = 0; d < dossiers; d++) {
            double quality = 2 + 6 * random.nextDouble();
            Collections.shuffle(jurors, random);
            for (int k = 0; k < jurorsPerDossier; k++) {
                int j = jurors.get(k);
                Map<String, Integer> scores = new HashMap<>();
                for (Criterion c : grid) {
                    long s = Math.round(quality + bias[j] + random.nextGaussian());
                    scores.put(c.id(), (int) Math.max(c.scaleMin(), Math.min(c.scaleMax(), s)));
                }
                sheets.add(new JurorScore(String.format("cand-%04d", d), String.format("juror-%02d", j), scores,
                        null));
            }
        }
        return sheets;
    }
}
