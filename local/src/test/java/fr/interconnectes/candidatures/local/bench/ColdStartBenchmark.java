package fr.interconnectes.candidatures.local.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.e2e.Api;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.runtime.LocalFunction;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Cold starts as Lambda gives them, measured on this machine (not a test: it prints figures). The open-source
 * Lambda runtime interface client runs each function, in a fresh JVM per run with Lambda's JVM flags, pinned to one
 * CPU, over a task root unzipped from the real functions artifact, against a mock of the Runtime API on loopback; the
 * functions' environment is the one the local runner gives them (template.yaml's plus the emulators), with the
 * local runner's emulators and demo data. Runs are interleaved across targets so machine noise hits all alike.
 *
 * <p>Per target: init (JVM start to the first {@code /invocation/next}), first invoke ({@code /next} answered to the
 * response posted), total, each p50/p90; peak RSS (VmHWM); classes loaded (one extra run with class+load logging).
 * "primed" targets run as SnapStart does: {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}, so the runtime client
 * calls the priming hooks during init and asks {@code /restore/next} before the first invoke; their first invoke is
 * what a restored container answers. Then, in one JVM, warm GetCampaign invocations interleaved with a plain SDK
 * GetItem of the same item ({@link WarmProbe}).
 *
 * <p>Arguments: {@code TASK_ROOT RIC_CLASSPATH [RUNS] [CPU] [DYNAMODB_ONLY_TASK_ROOT] [BEFORE_TASK_ROOT]} ({@code RUNS}
 * 0: the warm comparison alone; see
 * scripts/coldstart.sh, which prepares them): {@code DYNAMODB_ONLY_TASK_ROOT} is the same artifact without the S3 and
 * SES clients, Mustache and CSV (what a per-group artifact of the DynamoDB-only functions would ship), run as one more
 * GetCampaign target; {@code BEFORE_TASK_ROOT}, the artifact of an earlier commit, whose GetCampaign,
 * CreateCandidacy and SubmitCandidacy then run in the same interleaving, so that the targets' ratios are taken
 * within one run.
 */
public final class ColdStartBenchmark {

    /** Lambda's own JVM options for its Java runtimes (the template adds JAVA_TOOL_OPTIONS, which the JVM reads). */
    static final List<String> LAMBDA_JVM = List.of("-XX:+TieredCompilation", "-XX:TieredStopAtLevel=1",
            "-XX:+UseSerialGC", "-Xshare:auto", "-XX:MaxHeapSize=445645k", "-XX:MaxMetaspaceSize=104858k",
            "-Djava.net.preferIPv4Stack=true", "-Dorg.crac.Core.Compat=com.amazonaws.services.lambda.crac");
    static final String RIC_MAIN = "com.amazonaws.services.lambda.runtime.api.client.AWSLambda";
    /**
     * Warm pairs (GetCampaign, direct GetItem) measured in two windows: just after the first hundred, as the container
     * of a quiet campaign page sees them, while C1 (Lambda's {@code TieredStopAtLevel=1}) is still compiling the
     * handler's own code; and after a thousand, once it has (its compile thresholds are a few hundred invocations).
     */
    static final int EARLY_WARM_UP = 100;
    static final int WARM_UP = 1000;
    static final int WARM_MEASURED = 300;

    /** The figures the issue sets, against its 2,608 ms GetCampaign of before. */
    static final double BEFORE_GET_CAMPAIGN_MS = 2608;

    record Target(String label, String function, String handler, IntFunction<byte[]> event, boolean primed,
                  Path taskRoot) {

        Target(String label, String function, String handler, IntFunction<byte[]> event, boolean primed) {
            this(label, function, handler, event, primed, null);
        }
    }

    record Run(String label, String kind, double initMs, double invokeMs, double totalMs, long peakRssMb, String body) {
    }

    private final Path taskRoot;
    private final Path dynamoDbOnlyTaskRoot;
    private final Path beforeTaskRoot;
    private final String ricClasspath;
    private final String cpu;
    private final LocalBackend backend;
    private final MockRuntimeApi api;
    private final Path logs;

    private ColdStartBenchmark(Path taskRoot, Path dynamoDbOnlyTaskRoot, Path beforeTaskRoot, String ricClasspath,
                               String cpu, LocalBackend backend, MockRuntimeApi api, Path logs) {
        this.taskRoot = taskRoot;
        this.dynamoDbOnlyTaskRoot = dynamoDbOnlyTaskRoot;
        this.beforeTaskRoot = beforeTaskRoot;
        this.ricClasspath = ricClasspath;
        this.cpu = cpu;
        this.backend = backend;
        this.api = api;
        this.logs = logs;
    }

    public static void main(String[] args) throws Exception {
        Path taskRoot = Path.of(args[0]).toAbsolutePath();
        String ric = args[1];
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 15;
        String cpu = args.length > 3 ? args[3] : "0";
        Path dynamoDbOnly = args.length > 4 ? Path.of(args[4]).toAbsolutePath() : null;
        Path before = args.length > 5 ? Path.of(args[5]).toAbsolutePath() : null;
        Path root = ProjectRoot.locate();
        Path logs = Files.createDirectories(root.resolve("local/target/coldstart"));
        System.out.println("load average at start: " + loadAverage());
        try (LocalBackend backend = LocalBackend.start(root,
                new LocalBackend.Settings(0, Emulators.Settings.ephemeral(logs.resolve("emulators")), true, false));
             MockRuntimeApi api = MockRuntimeApi.start()) {
            new ColdStartBenchmark(taskRoot, dynamoDbOnly, before, ric, cpu, backend, api, logs).run(runs, root);
        }
        System.out.println("load average at end: " + loadAverage());
        System.exit(0);
    }

    private void run(int runs, Path root) throws Exception {
        Api http = new Api(backend.apiUrl());
        byte[] getCampaign = Files.readAllBytes(root.resolve("events/get-campaign.json"));
        ObjectNode create = (ObjectNode) Api.JSON.readTree(root.resolve("events/create-candidacy.json").toFile());
        ((ObjectNode) create.get("headers")).remove("idempotency-key");   // each run creates its own draft
        byte[] createCandidacy = Api.JSON.writeValueAsBytes(create);
        byte[] listCandidacies = Files.readAllBytes(root.resolve("events/list-candidacies.json"));
        ObjectNode submitSample = (ObjectNode) Api.JSON.readTree(root.resolve("events/submit-candidacy.json").toFile());
        int submitTargets = beforeTaskRoot == null ? 2 : 4;   // unprimed and primed, of this artifact and the earlier one
        int submissions = submitTargets * (runs + 1);
        List<byte[]> submits = new ArrayList<>();
        for (int i = 0; i < submissions; i++) {
            var dossier = Applicants.create(http, "aura-2027-label",
                    Applicants.labelForm(Applicants.uniqueEmail("coldstart")));
            Applicants.attach(http, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
            ObjectNode event = submitSample.deepCopy();
            ((ObjectNode) event.get("headers")).put("authorization", dossier.auth());
            ((ObjectNode) event.get("pathParameters")).put("candidacyId", dossier.id());
            event.put("rawPath", "/candidacies/" + dossier.id() + "/submit");
            ((ObjectNode) event.at("/requestContext/http")).put("path", "/candidacies/" + dossier.id() + "/submit");
            submits.add(Api.JSON.writeValueAsBytes(event));
        }
        Deque<byte[]> freshSubmits = new ArrayDeque<>(submits);
        IntFunction<byte[]> nextSubmit = i -> freshSubmits.pop();

        List<Target> targets = new ArrayList<>();
        targets.add(new Target("empty", "GetCampaignFunction", EmptyHandler.class.getName() + "::handleRequest",
                i -> "{}".getBytes(StandardCharsets.UTF_8), false));
        for (boolean primed : List.of(false, true)) {
            String suffix = primed ? " primed" : "";
            targets.add(new Target("GetCampaign" + suffix, "GetCampaignFunction", null, i -> getCampaign, primed));
            targets.add(new Target("CreateCandidacy" + suffix, "CreateCandidacyFunction", null, i -> createCandidacy,
                    primed));
            targets.add(new Target("SubmitCandidacy" + suffix, "SubmitCandidacyFunction", null, nextSubmit, primed));
            targets.add(new Target("ListCandidacies" + suffix, "ListCandidaciesFunction", null, i -> listCandidacies,
                    primed));
        }

        if (dynamoDbOnlyTaskRoot != null) {
            targets.add(new Target("GetCampaign DynamoDB-only", "GetCampaignFunction", null, i -> getCampaign, false,
                    dynamoDbOnlyTaskRoot));
        }
        if (beforeTaskRoot != null) {
            for (boolean primed : List.of(false, true)) {
                String suffix = primed ? " primed before" : " before";
                targets.add(new Target("GetCampaign" + suffix, "GetCampaignFunction", null, i -> getCampaign, primed,
                        beforeTaskRoot));
                targets.add(new Target("CreateCandidacy" + suffix, "CreateCandidacyFunction", null,
                        i -> createCandidacy, primed, beforeTaskRoot));
                targets.add(new Target("SubmitCandidacy" + suffix, "SubmitCandidacyFunction", null, nextSubmit,
                        primed, beforeTaskRoot));
            }
        }
        if (runs == 0) {
            printWarm(warm(getCampaign));
            return;
        }
        String only = System.getProperty("coldstart.targets");
        if (only != null) {
            // a quicker look at a few targets, e.g. while trying a change: figures only, the targets need them all
            List<String> kept = List.of(only.replace('_', ' ').split(","));
            targets.removeIf(t -> !kept.contains(t.label()));
        }
        boolean logEveryRun = Boolean.getBoolean("coldstart.classLogEveryRun");
        Map<String, List<Run>> results = new LinkedHashMap<>();
        targets.forEach(t -> results.put(t.label(), new ArrayList<>()));
        for (int i = 0; i < runs; i++) {
            // each round starts one target further, so that no target always follows the same one (the light empty
            // handler, or a writing function whose emulator work may still be going on)
            for (int k = 0; k < targets.size(); k++) {
                Target target = targets.get((i + k) % targets.size());
                // with a class-loading log per run, where the time goes can be read across runs, not from one
                List<String> extraJvm = logEveryRun ? List.of("-Xlog:class+load=info:file=" + logs.resolve(
                        "classload-" + target.label().replace(' ', '-') + "-run" + i + ".txt")) : List.of();
                Run run = coldStart(target, i, extraJvm);
                results.get(target.label()).add(run);
                if (!run.kind().equals("response")) {
                    System.out.println("FAILED " + run);
                }
            }
        }
        Map<String, long[]> classes = new LinkedHashMap<>();
        for (Target target : targets) {
            Path log = logs.resolve("classload-" + target.label().replace(' ', '-') + ".txt");
            Files.deleteIfExists(log);
            coldStart(target, runs, List.of("-Xlog:class+load=info:file=" + log));
            classes.put(target.label(), countClasses(log));
        }
        double[] warm = only == null ? warm(getCampaign) : null;

        System.out.printf(Locale.ROOT, "%nCold starts: %d interleaved runs per target, one fresh JVM each, taskset -c %s, "
                + "runtime interface client %s, %s%n", runs, cpu, ricVersion(), Runtime.version());
        System.out.printf(Locale.ROOT, "%-24s %5s %17s %17s %17s %8s %16s%n", "target", "ok", "init p50/p90",
                "1st invoke p50/90", "total p50/p90", "RSS MB", "classes (app)");
        Map<String, double[]> totals = new LinkedHashMap<>();
        Map<String, double[]> totalRuns = new LinkedHashMap<>();
        for (var entry : results.entrySet()) {
            List<Run> ok = entry.getValue().stream().filter(r -> r.kind().equals("response")).toList();
            double[] init = ok.stream().mapToDouble(Run::initMs).toArray();
            double[] invoke = ok.stream().mapToDouble(Run::invokeMs).toArray();
            double[] total = ok.stream().mapToDouble(Run::totalMs).toArray();
            double[] rss = ok.stream().mapToDouble(Run::peakRssMb).toArray();
            long[] loaded = classes.get(entry.getKey());
            totals.put(entry.getKey(), new double[] {pct(total, 50), pct(invoke, 50), pct(rss, 50), loaded[0]});
            totalRuns.put(entry.getKey(), total);
            System.out.printf(Locale.ROOT, "%-24s %2d/%-2d %8.0f/%-8.0f %8.0f/%-8.0f %8.0f/%-8.0f %8.0f %8d (%d)%n",
                    entry.getKey(), ok.size(), entry.getValue().size(), pct(init, 50), pct(init, 90),
                    pct(invoke, 50), pct(invoke, 90), pct(total, 50), pct(total, 90), pct(rss, 50), loaded[0],
                    loaded[1]);
        }
        if (only != null) {
            if (totalRuns.containsKey("GetCampaign")) {
                for (var entry : totalRuns.entrySet()) {
                    double[] interval = ratioInterval(entry.getValue(), totalRuns.get("GetCampaign"));
                    System.out.printf(Locale.ROOT, "  %-24s total %.3f x GetCampaign (95 %% interval %.2f to %.2f)%n",
                            entry.getKey(), totals.get(entry.getKey())[0] / totals.get("GetCampaign")[0], interval[0],
                            interval[1]);
                }
            }
            return;
        }
        printWarm(warm);

        double get = totals.get("GetCampaign")[0];
        System.out.println();
        System.out.println("Targets (issue 8):");
        if (totals.containsKey("GetCampaign before")) {
            check("GetCampaign total <= 0.6 x GetCampaign before (this run)", get / totals.get("GetCampaign before")[0],
                    0.6, "x");
        }
        check("GetCampaign total cold start p50 <= 0.6 x 2,608 ms", get, 0.6 * BEFORE_GET_CAMPAIGN_MS, "ms");
        check("GetCampaign primed first invoke p50 <= 100 ms", totals.get("GetCampaign primed")[1], 100, "ms");
        check("GetCampaign classes loaded <= 3,500", totals.get("GetCampaign")[3], 3500, "");
        check("GetCampaign peak RSS p50 <= 110 MB", totals.get("GetCampaign")[2], 110, "MB");
        check("CreateCandidacy total <= 1.15 x GetCampaign", totals.get("CreateCandidacy")[0] / get, 1.15, "x");
        check("SubmitCandidacy total <= 1.15 x GetCampaign", totals.get("SubmitCandidacy")[0] / get, 1.15, "x");
        // how far a ratio of two p50s of this many runs may move by chance: the check above uses the point value
        System.out.println("  95 % bootstrap intervals of those ratios (2,000 resamples of each target's runs):");
        for (String target : List.of("CreateCandidacy", "SubmitCandidacy")) {
            double[] interval = ratioInterval(totalRuns.get(target), totalRuns.get("GetCampaign"));
            System.out.printf(Locale.ROOT, "    %-20s %.2f to %.2f x%n", target, interval[0], interval[1]);
        }
        check("warm GetCampaign p50 <= 1.1 x direct GetItem p50 (after " + WARM_UP + ")", warm[0] / warm[2], 1.1, "x");
    }

    private static void printWarm(double[] warm) {
        System.out.printf(Locale.ROOT, "%nWarm, one JVM, GetCampaign and a direct SDK GetItem interleaved, %d of each "
                + "per window:%n", WARM_MEASURED);
        System.out.printf(Locale.ROOT, "  after %4d of warm-up: GetCampaign p50 %.2f ms (p90 %.2f), direct GetItem p50 "
                + "%.2f ms (p90 %.2f), ratio %.2f%n", EARLY_WARM_UP, warm[4], warm[5], warm[6], warm[7], warm[4] / warm[6]);
        System.out.printf(Locale.ROOT, "  after %4d of warm-up: GetCampaign p50 %.2f ms (p90 %.2f), direct GetItem p50 "
                + "%.2f ms (p90 %.2f), ratio %.2f%n", WARM_UP, warm[0], warm[1], warm[2], warm[3], warm[0] / warm[2]);
    }

    private static void check(String what, double value, double limit, String unit) {
        System.out.printf(Locale.ROOT, "  %-52s %9.2f %-2s (limit %.2f)  %s%n", what, value, unit, limit,
                value <= limit ? "MET" : "NOT MET");
    }

    /** One cold start of {@code target} in a fresh JVM; {@code extraJvm} e.g. the class-loading log. */
    private Run coldStart(Target target, int index, List<String> extraJvm) throws Exception {
        LocalFunction function = backend.deployment().functions().get(target.function());
        String handler = target.handler() != null ? target.handler() : function.handlerClass() + "::handleRequest";
        Path root = target.taskRoot() != null ? target.taskRoot() : taskRoot;
        Map<String, String> environment = lambdaEnvironment(function, handler, target.primed(), root);
        MockRuntimeApi.Invocations invocations = api.expect(List.of(target.event().apply(index)));
        Path log = logs.resolve("run-" + target.label().replace(' ', '-') + ".log");
        Started jvm = start(environment, extraJvm, handler, root, log);
        Process process = jvm.process();
        boolean finished;
        String stuck = null;
        try {
            finished = invocations.done().await(Long.getLong("coldstart.timeoutMillis", 120_000), TimeUnit.MILLISECONDS);
            if (!finished) {
                stuck = invocations.stage();
                // SIGQUIT: the JVM writes where each of its threads is to its output, the run's log, before it is stopped
                new ProcessBuilder("kill", "-QUIT", Long.toString(process.pid())).start().waitFor();
                Thread.sleep(1_000);
            }
        } finally {
            long rss = peakRssMb(process.pid());
            process.destroyForcibly().waitFor();
            jvm.output().join();
            api.release();
            invocations.rss = rss;
        }
        if (!finished) {
            // the next run of the target overwrites its log: a stuck run's is kept, the rare timeout being unexplained
            Path kept = logs.resolve("timeout-" + target.label().replace(' ', '-') + "-run" + index + ".log");
            Files.copy(log, kept, StandardCopyOption.REPLACE_EXISTING);
            return new Run(target.label(), "timeout " + stuck + ", threads in " + kept.getFileName(),
                    0, 0, 0, 0, "");
        }
        if (invocations.failed() != null) {
            return new Run(target.label(), invocations.failed(), 0, 0, 0, 0, "");
        }
        long started = invocations.started;
        long firstNext = invocations.firstNext;
        long answered = invocations.answered.getFirst();
        long served = invocations.served.getFirst();
        return new Run(target.label(), "response", (firstNext - started) / 1e6, (answered - served) / 1e6,
                (answered - started) / 1e6, invocations.rss, invocations.bodies.getFirst());
    }

    /** GetCampaign and a direct GetItem in turn in one JVM: p50 and p90 of each, after the long then the short warm-up. */
    private double[] warm(byte[] getCampaign) throws Exception {
        LocalFunction function = backend.deployment().functions().get("GetCampaignFunction");
        String handler = WarmProbe.class.getName() + "::handleRequest";
        List<byte[]> events = new ArrayList<>();
        for (int i = 0; i < WARM_UP + WARM_MEASURED; i++) {
            events.add(getCampaign);
            events.add(WarmProbe.DIRECT.getBytes(StandardCharsets.UTF_8));
        }
        MockRuntimeApi.Invocations invocations = api.expect(events);
        Process process = start(lambdaEnvironment(function, handler, false, taskRoot), List.of(), handler, taskRoot,
                logs.resolve("run-warm.log")).process();
        try {
            if (!invocations.done().await(300, TimeUnit.SECONDS) || invocations.failed() != null) {
                throw new IllegalStateException("warm run failed: " + invocations.failed());
            }
        } finally {
            process.destroyForcibly().waitFor();
            api.release();
        }
        double[] steady = window(invocations, WARM_UP);
        double[] early = window(invocations, EARLY_WARM_UP);
        return new double[] {steady[0], steady[1], steady[2], steady[3], early[0], early[1], early[2], early[3]};
    }

    private static double[] window(MockRuntimeApi.Invocations invocations, int from) {
        double[] handlerMs = new double[WARM_MEASURED];
        double[] directMs = new double[WARM_MEASURED];
        for (int i = 0; i < WARM_MEASURED; i++) {
            int at = 2 * (from + i);
            handlerMs[i] = (invocations.answered.get(at) - invocations.served.get(at)) / 1e6;
            directMs[i] = (invocations.answered.get(at + 1) - invocations.served.get(at + 1)) / 1e6;
        }
        return new double[] {pct(handlerMs, 50), pct(handlerMs, 90), pct(directMs, 50), pct(directMs, 90)};
    }

    private Map<String, String> lambdaEnvironment(LocalFunction function, String handler, boolean primed, Path root) {
        Map<String, String> environment = new LinkedHashMap<>(function.environment());
        environment.put("PATH", System.getenv("PATH"));
        environment.put("LANG", "C.UTF-8");
        environment.put("TZ", ":UTC");
        environment.put("AWS_LAMBDA_RUNTIME_API", "127.0.0.1:" + api.port());
        environment.put("_HANDLER", handler);
        environment.put("LAMBDA_TASK_ROOT", root.toString());
        environment.put("AWS_LAMBDA_FUNCTION_NAME", function.logicalId());
        environment.put("AWS_LAMBDA_FUNCTION_VERSION", "1");
        environment.put("AWS_LAMBDA_FUNCTION_MEMORY_SIZE", "1024");
        environment.put("AWS_LAMBDA_LOG_GROUP_NAME", "/aws/lambda/" + function.logicalId());
        environment.put("AWS_LAMBDA_LOG_STREAM_NAME", "local");
        environment.put("AWS_LAMBDA_INITIALIZATION_TYPE", primed ? "snap-start" : "on-demand");
        environment.put("AWS_EXECUTION_ENV", "AWS_Lambda_java25");
        environment.put("AWS_EC2_METADATA_DISABLED", "true");
        return environment;
    }

    /** A function's JVM, and the thread that copies its output to the run's log. */
    private record Started(Process process, Thread output) {
    }

    private Started start(Map<String, String> environment, List<String> extraJvm, String handler, Path root, Path log)
            throws IOException {
        List<String> command = new ArrayList<>(List.of("taskset", "-c", cpu,
                Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(LAMBDA_JVM);
        command.addAll(extraJvm);
        command.addAll(List.of("-cp", ricClasspath, RIC_MAIN, handler));
        // on Lambda a function's standard output is a pipe that the service drains, not a file
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.PIPE);
        builder.environment().clear();
        builder.environment().putAll(environment);
        api.current().started = System.nanoTime();
        Process process = builder.start();
        Thread output = Thread.ofVirtual().start(() -> {
            try (var stream = process.getInputStream(); var file = Files.newOutputStream(log)) {
                stream.transferTo(file);
            } catch (IOException e) {
                // the run is over (the JVM was stopped): its log is as far as it got
            }
        });
        return new Started(process, output);
    }

    private static long peakRssMb(long pid) {
        try {
            Matcher hwm = Pattern.compile("VmHWM:\\s+(\\d+) kB").matcher(Files.readString(Path.of("/proc/" + pid + "/status")));
            return hwm.find() ? Long.parseLong(hwm.group(1)) / 1024 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    /** All classes loaded, and those of the task root (not from the JDK's image or its CDS archive). */
    private static long[] countClasses(Path log) throws IOException {
        try (Stream<String> lines = Files.lines(log)) {
            List<String> loaded = lines.filter(l -> l.contains(" source: ")).toList();
            long jdk = loaded.stream().filter(l -> l.contains("source: shared objects file") || l.contains("source: jrt:/"))
                    .count();
            long ric = loaded.stream().filter(l -> l.contains("aws-lambda-java-runtime-interface-client")
                    || l.contains("aws-lambda-java-core") || l.contains("aws-lambda-java-serialization")).count();
            return new long[] {loaded.size(), loaded.size() - jdk - ric};
        }
    }

    /**
     * The 2.5th and 97.5th percentiles of p50(a) / p50(b) over resamples (with replacement) of each one's runs: how
     * much a ratio of medians of these run counts moves by chance. A fixed seed, so a printout can be read again.
     */
    static double[] ratioInterval(double[] a, double[] b) {
        java.util.Random random = new java.util.Random(8);
        double[] ratios = new double[2000];
        for (int i = 0; i < ratios.length; i++) {
            ratios[i] = pct(resample(a, random), 50) / pct(resample(b, random), 50);
        }
        Arrays.sort(ratios);
        return new double[] {ratios[(int) (0.025 * ratios.length)], ratios[(int) (0.975 * ratios.length) - 1]};
    }

    private static double[] resample(double[] values, java.util.Random random) {
        double[] drawn = new double[values.length];
        for (int i = 0; i < drawn.length; i++) {
            drawn[i] = values[random.nextInt(values.length)];
        }
        return drawn;
    }

    static double pct(double[] values, int p) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = Math.min(sorted.length - 1, Math.max(0, (int) Math.ceil(p / 100.0 * sorted.length) - 1));
        return sorted[index];
    }

    private String ricVersion() throws IOException {
        Path folder = Path.of(ricClasspath.replaceFirst("[/\\\\]\\*$", ""));
        try (Stream<Path> jars = Files.isDirectory(folder) ? Files.list(folder) : Stream.of(folder)) {
            return jars.map(jar -> jar.getFileName().toString())
                    .filter(name -> name.startsWith("aws-lambda-java-runtime-interface-client-"))
                    .map(name -> name.replace("aws-lambda-java-runtime-interface-client-", "").replace(".jar", ""))
                    .findFirst().orElse("?");
        }
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim() + " (" + Runtime.getRuntime().availableProcessors()
                    + " CPUs)";
        } catch (IOException e) {
            return "?";
        }
    }

    /** The Lambda Runtime API, as much as the runtime client uses: next invocation, response, errors, restore. */
    static final class MockRuntimeApi implements AutoCloseable {

        private static final String PREFIX = "/2018-06-01/runtime/";

        /** What one JVM is given and what it answered, with the instants (System.nanoTime) of each step. */
        static final class Invocations {
            final Deque<byte[]> events;
            final int expected;
            volatile long started;
            volatile long firstNext;
            final List<Long> served = new ArrayList<>();
            final List<Long> answered = new ArrayList<>();
            final List<String> bodies = new ArrayList<>();
            final List<HttpExchange> parked = new ArrayList<>();
            private final java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
            private volatile String failed;
            volatile long rss;

            Invocations(List<byte[]> events) {
                this.events = new ArrayDeque<>(events);
                this.expected = events.size();
            }

            java.util.concurrent.CountDownLatch done() {
                return done;
            }

            String failed() {
                return failed;
            }

            /** How far a run got: what a stuck run's report names. */
            synchronized String stage() {
                if (firstNext == 0) {
                    return "in init (no next-invocation request)";
                }
                if (served.isEmpty()) {
                    return "after init (its event not yet handed over)";
                }
                return "in its first invocation (served, no response)";
            }
        }

        private final HttpServer server;
        private volatile Invocations current;

        private MockRuntimeApi(HttpServer server) {
            this.server = server;
        }

        static MockRuntimeApi start() throws IOException {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            MockRuntimeApi api = new MockRuntimeApi(server);
            server.createContext("/", api::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return api;
        }

        int port() {
            return server.getAddress().getPort();
        }

        Invocations expect(List<byte[]> events) {
            current = new Invocations(events);
            return current;
        }

        Invocations current() {
            return current;
        }

        /** Closes the long-polls the finished JVM left open. */
        void release() {
            Invocations run = current;
            synchronized (run) {
                run.parked.forEach(HttpExchange::close);
                run.parked.clear();
            }
        }

        private void handle(HttpExchange exchange) throws IOException {
            long now = System.nanoTime();
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            Invocations run = current;
            if (path.equals(PREFIX + "invocation/next")) {
                byte[] event;
                synchronized (run) {
                    if (run.firstNext == 0) {
                        run.firstNext = now;
                    }
                    event = run.events.poll();
                    if (event == null) {
                        run.parked.add(exchange);   // the run is over: this long-poll is never answered
                        return;
                    }
                }
                String id = "req-" + run.served.size();
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.getResponseHeaders().add("Lambda-Runtime-Aws-Request-Id", id);
                exchange.getResponseHeaders().add("Lambda-Runtime-Deadline-Ms",
                        String.valueOf(System.currentTimeMillis() + 30_000));
                exchange.getResponseHeaders().add("Lambda-Runtime-Invoked-Function-Arn",
                        "arn:aws:lambda:eu-west-3:000000000000:function:local");
                exchange.getResponseHeaders().add("Lambda-Runtime-Trace-Id",
                        "Root=1-00000000-000000000000000000000000;Parent=0000000000000000;Sampled=0");
                synchronized (run) {
                    run.served.add(System.nanoTime());
                }
                reply(exchange, 200, event);
            } else if (path.equals(PREFIX + "restore/next")) {
                reply(exchange, 200, new byte[0]);
            } else if (path.startsWith(PREFIX + "invocation/") && path.endsWith("/response")) {
                reply(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
                synchronized (run) {
                    run.answered.add(now);
                    run.bodies.add(new String(body, 0, Math.min(body.length, 200), StandardCharsets.UTF_8));
                    if (run.answered.size() == run.expected) {
                        run.done.countDown();
                    }
                }
            } else if (path.endsWith("/error")) {
                reply(exchange, 202, "{\"status\":\"OK\"}".getBytes(StandardCharsets.UTF_8));
                run.failed = path.substring(PREFIX.length()) + " " + new String(body, StandardCharsets.UTF_8);
                run.done.countDown();
            } else {
                reply(exchange, 404, new byte[0]);
            }
        }

        private static void reply(HttpExchange exchange, int status, byte[] body) throws IOException {
            exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
