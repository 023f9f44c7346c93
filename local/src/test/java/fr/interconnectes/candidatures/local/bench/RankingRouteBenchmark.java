package fr.interconnectes.candidatures.local.bench;

import fr.interconnectes.candidatures.functions.Invocations;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Not a test: times the ranking route end to end (the function of template.yaml, its DynamoDB reads on
 * dynalite, the ranking, the JSON) for N submitted dossiers scored by J jurors each, and prints figures.
 * Run: {@code java -cp <test class path> ...RankingRouteBenchmark [dossiers] [jurors] [runs]}.
 */
public final class RankingRouteBenchmark {

    public static void main(String[] args) {
        int dossiers = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int jurors = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 11;
        var root = ProjectRoot.locate();
        try (LocalBackend backend = LocalBackend.start(root, new LocalBackend.Settings(0,
                Emulators.Settings.ephemeral(root.resolve("local/target/bench-logs")), true, false))) {
            var env = backend.environment();
            var aws = new fr.interconnectes.candidatures.adapter.aws.AwsClients(
                    fr.interconnectes.candidatures.config.Environment.of(env));
            String table = env.get("TABLE_NAME");
            Campaign base = DemoCampaigns.label(2027);
            Campaign campaign = new Campaign("bench-2027-label", base.title(), base.region(), base.track(), base.edition(),
                    base.opensAt(), base.closesAt(), base.timeZone(), base.regionalSelection(), base.criteria(), base.uploadLimits());
            new DynamoDbCampaigns(aws.dynamoDb(), table).save(campaign);
            var candidacies = new DynamoDbCandidacies(aws.dynamoDb(), table);
            var jury = new DynamoDbJuryRecords(aws.dynamoDb(), table);
            Random random = new Random(20191017);
            long seeding = System.nanoTime();
            Instant now = Instant.now();
            for (int i = 0; i < dossiers; i++) {
                String id = String.format("bench%05d", i);
                var form = new ApplicationForm(new Applicant("Commune n°" + i, OrganisationKind.COMMUNE, "732829320", null,
                        new Contact("Élise Martin", "DGS", "bench" + i + "@mairie-test.fr", "+33450338888")),
                        new LabelProject("Projet " + i, "Résumé", "Description", ProjectStage.EN_COURS, "Partenaires",
                                "Usagers", "Mutualisation", "Retour"), Language.FR);
                var attachment = new Attachment("a" + i, "dossier.pdf", FileType.PDF, 610, Attachment.State.RECEIVED,
                        "campaigns/x/" + i, now, now);
                Candidacy c = Candidacy.newDraft(id, campaign.id(), form, "0".repeat(64), now)
                        .withAttachments(List.of(attachment), now)
                        .submitted(new Receipt(Receipt.number("ARA", 2027, "L", i + 1), now), now);
                candidacies.create(c);
                for (int j = 0; j < jurors; j++) {
                    Map<String, Integer> scores = new HashMap<>();
                    for (var criterion : campaign.criteria()) {
                        scores.put(criterion.id(), random.nextInt(11));
                    }
                    jury.save(JuryRecord.assigned(id, campaign.id(), "juror-" + j, "bench", now).withScores(scores, null, now));
                }
            }
            System.out.printf("seeded %d dossiers and %d score sheets in %d ms%n", dossiers, dossiers * jurors,
                    (System.nanoTime() - seeding) / 1_000_000);
            var route = backend.deployment().routes().stream()
                    .filter(r -> r.routeKey().equals("GET /admin/campaigns/{campaignId}/ranking")).findFirst().orElseThrow();
            for (String query : List.of("mean", "median+normalise")) {
                long[] millis = new long[runs];
                int size = 0;
                for (int run = 0; run < runs; run++) {
                    var event = APIGatewayV2HTTPEvent.builder()
                            .withRouteKey(route.routeKey())
                            .withPathParameters(Map.of("campaignId", campaign.id()))
                            .withQueryStringParameters(query.equals("mean") ? Map.of()
                                    : Map.of("aggregation", "median", "normalise", "true"))
                            .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                                    .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                            .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                                    .withClaims(Map.of("sub", "bench", "cognito:groups", "[organisers]")).build())
                                            .build())
                                    .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("GET").build())
                                    .build())
                            .build();
                    long started = System.nanoTime();
                    var response = Invocations.response(route.function().invoke(Invocations.json(event)));
                    millis[run] = (System.nanoTime() - started) / 1_000_000;
                    if (response.getStatusCode() != 200) {
                        throw new IllegalStateException(response.getBody());
                    }
                    size = response.getBody().length();
                }
                long[] sorted = millis.clone();
                Arrays.sort(sorted);
                System.out.printf("ranking route (%s), %d dossiers x %d jurors: median %d ms, min %d ms, max %d ms over %d runs (first %d ms), %d bytes of JSON%n",
                        query, dossiers, jurors, sorted[runs / 2], sorted[0], sorted[runs - 1], runs, millis[0], size);
            }
        }
        System.exit(0);
    }

}
