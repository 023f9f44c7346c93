package fr.interconnectes.candidatures.local.bench;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Not a test: seeds N dossiers (10,000 by default; 60 % submitted, each submitted one scored by one juror) into
 * dynalite and times the organisers' reads through their routes, printing p50/p95 against the targets.
 * Run: {@code java -cp <test class path> ...AdminReadsBenchmark [dossiers] [runs]} (README, Benchmarks).
 */
public final class AdminReadsBenchmark {

    private static final String CAMPAIGN = "bench-2030-label";

    public static void main(String[] args) throws Exception {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 21;
        try (LocalBackend backend = OrganiserRoutes.startBackend(true)) {
            var env = backend.environment();
            var aws = new AwsClients(Environment.of(env));
            String table = env.get("TABLE_NAME");
            Campaign campaign = OrganiserRoutes.copyOf(DemoCampaigns.label(2030), CAMPAIGN);
            new DynamoDbCampaigns(aws.dynamoDb(), table).save(campaign);
            var candidacies = new DynamoDbCandidacies(aws.dynamoDb(), table);
            var jury = new DynamoDbJuryRecords(aws.dynamoDb(), table);
            DossierSeed seed = new DossierSeed(CAMPAIGN, Instant.parse("2030-09-01T06:30:00Z"));
            long seeding = System.nanoTime();
            new ForkJoinPool(8).submit(() -> IntStream.range(0, dossiers).parallel().forEach(i -> {
                Candidacy dossier = seed.dossier(i);
                candidacies.create(dossier);
                if (dossier.status() == CandidacyStatus.SUBMITTED) {
                    Map<String, Integer> scores = new HashMap<>();
                    campaign.criteria().forEach(c -> scores.put(c.id(), (i * 7 + c.id().length()) % 11));
                    Instant at = dossier.createdAt();
                    jury.save(JuryRecord.assigned(dossier.id(), CAMPAIGN, "juror-" + (i % 9), "bench", at)
                            .withScores(scores, null, at));
                }
            })).get();
            System.out.printf("seeded %d dossiers in %d s%n", dossiers, (System.nanoTime() - seeding) / 1_000_000_000);

            OrganiserRoutes routes = new OrganiserRoutes(backend);
            Map<String, String> path = Map.of("campaignId", CAMPAIGN);
            report(routes, runs, "list page of 50 (status=submitted&kind=commune&sort=-submittedAt)", 300, () ->
                    routes.call("GET /admin/campaigns/{campaignId}/candidacies", path,
                            Map.of("status", "submitted", "kind", "commune", "sort", "-submittedAt", "limit", "50"))
                            .getBody().length());
            report(routes, runs, "list page of 50 (q=evian&sort=organisation)", 0, () ->
                    routes.call("GET /admin/campaigns/{campaignId}/candidacies", path,
                            Map.of("q", "evian", "sort", "organisation", "limit", "50")).getBody().length());
            report(routes, runs, "statistics", 300, () ->
                    routes.call("GET /admin/campaigns/{campaignId}/statistics", path, Map.of()).getBody().length());
            report(routes, Math.min(runs, 7), "ranking", 0, () ->
                    routes.call("GET /admin/campaigns/{campaignId}/ranking", path, Map.of()).getBody().length());
            report(routes, Math.min(runs, 7), "decisions review", 0, () ->
                    routes.call("GET /admin/campaigns/{campaignId}/decisions", path, Map.of()).getBody().length());
            report(routes, Math.min(runs, 5), "full CSV export", 10_000, () ->
                    routes.call("GET /admin/campaigns/{campaignId}/export", path, Map.of("format", "csv"))
                            .getBody().length());
        }
        System.exit(0);
    }

    private static void report(OrganiserRoutes routes, int runs, String what, long targetMillis, Supplier<Integer> call) {
        int[] size = {0};
        var timings = routes.time(runs, () -> size[0] = call.get());
        System.out.printf("%-66s p50 %5d ms  p95 %5d ms  max %5d ms  (%d runs, first %d ms, %d bytes)%s%n", what,
                timings.percentile(50), timings.percentile(95), timings.max(), runs, timings.first(), size[0],
                targetMillis == 0 ? "" : timings.percentile(95) <= targetMillis
                        ? "  target p95 <= " + targetMillis + " ms: met" : "  target p95 <= " + targetMillis + " ms: MISSED");
    }
}
