package fr.interconnectes.candidatures.local;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.local.auth.JwtAuthorizer;
import fr.interconnectes.candidatures.local.auth.JwtAuthorizerConfig;
import fr.interconnectes.candidatures.local.auth.JwtAuthorizers;
import fr.interconnectes.candidatures.local.auth.LocalCognito;
import fr.interconnectes.candidatures.local.auth.LocalOAuth;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.demo.DemoAccounts;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.local.demo.DemoPalmares;
import fr.interconnectes.candidatures.local.demo.DemoSelectionDay;
import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.runtime.LocalApiServer;
import fr.interconnectes.candidatures.local.runtime.LocalClock;
import fr.interconnectes.candidatures.local.runtime.LocalDeployment;
import fr.interconnectes.candidatures.local.runtime.LocalFunction;
import fr.interconnectes.candidatures.local.runtime.LocalScheduler;
import fr.interconnectes.candidatures.local.runtime.LocalTableStream;
import fr.interconnectes.candidatures.local.emulator.LocalTableWrites;
import fr.interconnectes.candidatures.local.runtime.StaticFiles;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import fr.interconnectes.candidatures.local.template.AccessLog;
import fr.interconnectes.candidatures.local.template.WebSecurityHeaders;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole backend on one machine, from template.yaml: emulators, tables and buckets as declared,
 * every function hosted in-process with its own environment, the HTTP API, the schedules, demo data.
 * The local runner starts one; end-to-end tests start their own on free ports.
 */
public final class LocalBackend implements AutoCloseable {

    private static final JsonLogger LOG = JsonLogger.of(LocalBackend.class);

    /**
     * How to run: API port (0 = free), emulator ports, whether to seed demo data and run schedules, and whether to
     * seed the demo selection day too (20 dossiers, two panels, a timetable: the local run does, tests do not).
     */
    public record Settings(int apiPort, Emulators.Settings emulators, boolean seedDemoData, boolean runSchedules,
                           boolean seedSelectionDay) {

        public Settings(int apiPort, Emulators.Settings emulators, boolean seedDemoData, boolean runSchedules) {
            this(apiPort, emulators, seedDemoData, runSchedules, false);
        }
    }

    /**
     * Parameter values of a local run: the web pages are served by the local API itself (so it is also the origin
     * the console signs in from: the app client's callback and logout URLs), and the token secret (no default in the
     * template, on purpose) is drawn at random for this run.
     */
    static Map<String, String> localParameters(int apiPort) {
        return Map.of("PublicBaseUrl", localOrigin(apiPort));
    }

    /** The local API's origin: the pages, the console's sign-in and the mails' links all live there. */
    static String localOrigin(int apiPort) {
        return "http://localhost:" + apiPort;
    }

    /**
     * The console's sign-in settings ({@code /console/config.json}), as the publishing step writes them on AWS from
     * the stack's outputs: here the local sign-in's endpoints and the app client of template.yaml.
     */
    static byte[] consoleConfig(LocalCognito cognito, int apiPort) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("authority", localOrigin(apiPort) + "/local");
        config.put("clientId", cognito.clientId());
        config.put("scope", "openid email profile");
        return fr.interconnectes.candidatures.http.Json.write(config).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /**
     * What Parameter Store holds for a local run: the access token secret (under the name template.yaml gives it),
     * drawn at each start like the token signing key.
     */
    static Map<String, String> localParameterStore(LocalNames names) {
        return Map.of(names.resolve(Map.of("Ref", "AccessTokenSecretParameter")),
                fr.interconnectes.candidatures.domain.candidacy.AccessTokens.randomId(32));
    }

    private final SamTemplate template;
    private final LocalNames names;
    private final Emulators emulators;
    private final LocalDeployment deployment;
    private final LocalScheduler scheduler;
    private final LocalApiServer server;
    private final Map<String, String> environment;
    private final LocalCognito cognito;

    private LocalBackend(SamTemplate template, LocalNames names, Emulators emulators, LocalDeployment deployment,
                         LocalScheduler scheduler, LocalApiServer server, Map<String, String> environment,
                         LocalCognito cognito) {
        this.template = template;
        this.names = names;
        this.emulators = emulators;
        this.deployment = deployment;
        this.scheduler = scheduler;
        this.server = server;
        this.environment = environment;
        this.cognito = cognito;
    }

    public static LocalBackend start(Path projectRoot, Settings settings) {
        SamTemplate template = SamTemplate.load(projectRoot.resolve("template.yaml"));
        int apiPort = settings.apiPort() > 0 ? settings.apiPort()
                : fr.interconnectes.candidatures.local.emulator.FreePort.find();
        LocalNames names = new LocalNames(template, Emulators.REGION, localParameters(apiPort));
        Emulators emulators = Emulators.start(projectRoot, settings.emulators());
        try {
            Map<String, String> awsEnvironment = emulators.environment();
            AwsClients aws = new AwsClients(Environment.of(awsEnvironment));
            LocalResources resources = new LocalResources(template, names);
            resources.createTables(aws.dynamoDb());
            resources.createBuckets(emulators.s3());
            LocalDeployment deployment = LocalDeployment.of(template, names, awsEnvironment, localParameterStore(names));
            deployment.functions().values().forEach(LocalFunction::coldStart);
            Map<String, String> environment = sharedEnvironment(deployment, awsEnvironment);
            if (settings.seedDemoData()) {
                var campaigns = new DynamoDbCampaigns(aws.dynamoDb(), environment.get("TABLE_NAME"));
                DemoCampaigns.all().forEach(campaigns::save);
                DemoPalmares.seed(aws.dynamoDb(), environment.get("TABLE_NAME"));
                if (settings.seedSelectionDay()) {
                    DemoSelectionDay.seed(aws.dynamoDb(), environment.get("TABLE_NAME"), DemoCampaigns.label(2027),
                            LocalClock.shared());
                }
            }
            LocalScheduler scheduler = new LocalScheduler(deployment.schedules(), Emulators.REGION);
            // API Gateway and Cognito check tokens against real time, not the clock /local/clock moves
            Map<String, JwtAuthorizerConfig> authorizers = JwtAuthorizerConfig.fromTemplate(template, names);
            LocalCognito cognito = authorizers.isEmpty() ? null
                    : LocalCognito.forAuthorizer(authorizers.values().iterator().next(), template, names, Clock.systemUTC());
            warnAboutUnemulatedAuthorizers(deployment, authorizers);
            LocalApiServer server = new LocalApiServer(apiPort, deployment.routes(),
                    new LocalTools(scheduler, LocalClock.shared(), cognito,
                            new MailEventInjector(deployment.snsSubscribers(), LocalClock.shared()),
                            cognito == null ? null : new LocalSignIn(
                                    LocalOAuth.forTemplate(cognito, template, names, Clock.systemUTC(),
                                            localOrigin(apiPort)),
                                    DemoAccounts.all())),
                    new JwtAuthorizers(authorizers, cognito == null ? Map.of() : cognito.keys(), Clock.systemUTC(),
                            JwtAuthorizer.NO_LEEWAY),
                    cognito == null ? new StaticFiles(projectRoot.resolve("web"))
                            : new StaticFiles(projectRoot.resolve("web")).with("/console/config.json",
                                    consoleConfig(cognito, apiPort)),
                    corsHeaders(template, names),
                    WebSecurityHeaders.fromTemplate(template, names, localCspOrigins(apiPort, emulators.s3Endpoint())),
                    LocalClock.shared(), AccessLog.fromTemplate(template),
                    tableStream(deployment, emulators, aws, environment.get("TABLE_NAME")));
            if (settings.runSchedules()) {
                scheduler.start();
            }
            server.start();
            return new LocalBackend(template, names, emulators, deployment, scheduler, server, environment, cognito);
        } catch (RuntimeException e) {
            emulators.close();
            throw e;
        }
    }

    /**
     * The stand-in for the table's stream: a subscription filtering on the keys gets the items written (recorded as
     * they are written); the outbox's, which filters on the new image, gets the dossiers with a mail due, read from
     * the table.
     */
    private static LocalTableStream tableStream(LocalDeployment deployment, Emulators emulators, AwsClients aws,
                                                String table) {
        var outbox = new OutboxStreamSource(new DynamoDbCandidacies(aws.dynamoDb(), table), LocalClock.shared());
        Map<LocalTableStream.Subscription, LocalTableStream.Source> sources = new java.util.HashMap<>();
        for (LocalTableStream.Subscription subscription : deployment.streamSubscriptions()) {
            sources.put(subscription, subscription.filterPatterns().stream().allMatch(WrittenItemsSource::onKeysOnly)
                    ? new WrittenItemsSource(LocalTableWrites.watch(emulators.dynamoDbEndpoint(), table),
                            subscription.filterPatterns())
                    : outbox);
        }
        return LocalTableStream.bySubscription(deployment.streamSubscriptions(), sources::get);
    }

    /** Routes whose authorizer is not a JWT authorizer of the template answer 401 to everything locally. */
    private static void warnAboutUnemulatedAuthorizers(LocalDeployment deployment,
                                                       Map<String, JwtAuthorizerConfig> authorizers) {
        deployment.routes().stream()
                .filter(route -> route.requiresJwt() && !authorizers.containsKey(route.authorizer()))
                .forEach(route -> LOG.warn("authorizer not emulated locally: the route refuses every request",
                        "route", route.routeKey(), "authorizer", route.authorizer()));
    }

    /**
     * The origins the local pages connect to, for the variables of the distribution's CSP: the API is the pages' own
     * origin (as is the local user pool, {@code /local/tokens}), the presigned uploads go to the S3 emulator.
     */
    public static Map<String, String> localCspOrigins(int apiPort, String s3Endpoint) {
        String api = localOrigin(apiPort);
        return Map.of("ApiOrigin", api, "UploadOrigin", WebSecurityHeaders.origin(s3Endpoint), "SignInOrigin", api);
    }

    /** The variables every function shares (table, bucket, sender...) plus the emulator endpoints. */
    private static Map<String, String> sharedEnvironment(LocalDeployment deployment, Map<String, String> aws) {
        Map<String, String> environment = new LinkedHashMap<>(aws);
        deployment.functions().values().stream().findFirst().ifPresent(f -> f.environment().forEach(environment::putIfAbsent));
        environment.remove("AWS_LAMBDA_FUNCTION_NAME");
        return environment;
    }

    /**
     * Locally any origin may call the API routes (the web pages are served from the same port anyway), as their
     * tokens protect them; never the local tools ({@code /local/...}), which get no CORS header at all.
     */
    private static Map<String, String> corsHeaders(SamTemplate template, LocalNames names) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", "*");
        Object cors = template.properties(template.resourcesOfType("AWS::Serverless::HttpApi").stream()
                .findFirst().orElse("")).get("CorsConfiguration");
        if (cors instanceof Map<?, ?> configuration) {
            join(configuration.get("AllowMethods"), names).ifPresent(v -> headers.put("Access-Control-Allow-Methods", v));
            join(configuration.get("AllowHeaders"), names).ifPresent(v -> headers.put("Access-Control-Allow-Headers", v));
            join(configuration.get("ExposeHeaders"), names).ifPresent(v -> headers.put("Access-Control-Expose-Headers", v));
            Optional.ofNullable(configuration.get("MaxAge")).ifPresent(v -> headers.put("Access-Control-Max-Age", v.toString()));
        }
        return headers;
    }

    private static Optional<String> join(Object values, LocalNames names) {
        return values instanceof List<?> list
                ? Optional.of(String.join(",", list.stream().map(names::resolve).toList()))
                : Optional.empty();
    }

    public String apiUrl() {
        return localOrigin(server.port());
    }

    public int apiPort() {
        return server.port();
    }

    public Emulators emulators() {
        return emulators;
    }

    public LocalDeployment deployment() {
        return deployment;
    }

    public SamTemplate template() {
        return template;
    }

    public LocalNames names() {
        return names;
    }

    /**
     * The local user pool: mints tokens its JWT authorizer accepts, signs arbitrary claims with its key.
     *
     * @throws IllegalStateException when template.yaml declares no JWT authorizer
     */
    public LocalCognito cognito() {
        if (cognito == null) {
            throw new IllegalStateException("template.yaml declares no JWT authorizer on its HttpApi");
        }
        return cognito;
    }

    /** Whether template.yaml declares a JWT authorizer, hence a local user pool. */
    public boolean hasUserPool() {
        return cognito != null;
    }

    /** A token of the local user pool, as {@code POST /local/tokens} gives. */
    public LocalCognito.Token mintToken(TokenRequest request) {
        return cognito().mint(request);
    }

    /** Table, bucket, sender and emulator endpoints, as the functions see them. */
    public Map<String, String> environment() {
        return environment;
    }

    @Override
    public void close() {
        server.close();
        scheduler.close();
        emulators.close();
    }
}
