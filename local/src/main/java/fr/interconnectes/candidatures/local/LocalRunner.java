package fr.interconnectes.candidatures.local;

import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.auth.LocalCognito;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.demo.DemoAccounts;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.concurrent.CountDownLatch;

/**
 * {@code sam local start-api} without Docker: the whole backend on fixed, documented ports. Ctrl-C stops
 * everything (the emulators' node processes included).
 */
public final class LocalRunner {

    public static final int API_PORT = 3000;
    public static final int DYNAMODB_PORT = 8000;
    public static final int SES_PORT = 8005;
    public static final int S3_PORT = 9000;
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm z", Locale.FRENCH)
            .withZone(ZoneId.systemDefault());

    private LocalRunner() {
    }

    /**
     * A token of each demo account as shell {@code export} lines (the block pastes as is into a shell), then
     * how to use one. The tokens die with the run: the signing key is drawn at each start.
     */
    static List<String> demoTokenLines(LocalBackend backend) {
        List<String> lines = new ArrayList<>();
        if (!backend.hasUserPool()) {
            return lines;
        }
        List<DemoAccounts.Account> accounts = DemoAccounts.all();
        List<LocalCognito.Token> tokens = accounts.stream().map(a -> backend.mintToken(a.request())).toList();
        String until = HOUR.format(tokens.get(0).expiresAt());
        lines.add("Jetons de démonstration (user pool local, RS256, clé tirée à ce lancement ; valables jusqu'à "
                + until + ") :");
        for (int i = 0; i < accounts.size(); i++) {
            DemoAccounts.Account account = accounts.get(i);
            TokenRequest request = account.request();
            String groups = request.roles().stream().map(Role::group).sorted().collect(Collectors.joining(" "));
            lines.add("  # " + account.description() + " : sub " + request.sub() + ", " + request.email()
                    + ", cognito:groups [" + groups + "]"
                    + (request.region() == null ? "" : ", custom:region " + request.region()));
            lines.add("  export " + account.variable() + "=" + tokens.get(i).token());
        }
        lines.add("  curl -H \"Authorization: Bearer $" + accounts.get(0).variable() + "\" " + backend.apiUrl() + "/admin/me");
        lines.add("  curl -X POST " + backend.apiUrl() + "/local/tokens -H 'Content-Type: application/json' -d '{\"role\": \"regional-organiser\", \"region\": \"IDF\"}'");
        return lines;
    }

    public static void main(String[] args) throws InterruptedException {
        Path root = ProjectRoot.locate();
        Path data = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--data") && i + 1 < args.length) {
                data = Path.of(args[++i]).toAbsolutePath();
            }
        }
        int apiPort = Integer.getInteger("api.port", API_PORT);
        var settings = new LocalBackend.Settings(apiPort,
                new Emulators.Settings(DYNAMODB_PORT, S3_PORT, SES_PORT, data, root.resolve("target/local-logs")),
                true, true);
        long started = System.nanoTime();
        LocalBackend backend = LocalBackend.start(root, settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Arrêt du backend local…");
            backend.close();
            stopped.countDown();
        }, "local-runner-stop"));
        var emulators = backend.emulators();
        System.out.println();
        System.out.println("  Candidatures — backend local");
        System.out.println("  API HTTP ............ " + backend.apiUrl() + "   (ex. curl " + backend.apiUrl() + "/campaigns)");
        System.out.println("  Formulaire web ...... " + backend.apiUrl() + "/");
        System.out.println("  Courriels (SES) ..... " + emulators.sesEndpoint() + "/   (visionneuse des mails envoyés)");
        System.out.println("  S3 (S3Proxy) ........ " + emulators.s3Endpoint() + "   bucket " + backend.environment().get("BUCKET_NAME"));
        System.out.println("  DynamoDB (dynalite) . " + emulators.dynamoDbEndpoint() + "   table " + backend.environment().get("TABLE_NAME"));
        System.out.println("  Données ............. " + (data == null ? "en mémoire (perdues à l'arrêt; --data DIR pour les garder)" : data));
        System.out.println("  Routes .............. " + backend.deployment().routes().size() + " routes, "
                + backend.deployment().schedules().size() + " tâches planifiées, lues dans template.yaml");
        LocalTools.describe().forEach(line -> System.out.println("  " + line));
        System.out.println();
        List<String> tokens = demoTokenLines(backend);
        tokens.forEach(line -> System.out.println("  " + line));
        if (!tokens.isEmpty()) {
            System.out.println();
        }
        System.out.printf("READY Candidatures local backend listening on %s (started in %d ms; Ctrl-C to stop)%n",
                backend.apiUrl(), (System.nanoTime() - started) / 1_000_000);
        stopped.await();
    }
}
