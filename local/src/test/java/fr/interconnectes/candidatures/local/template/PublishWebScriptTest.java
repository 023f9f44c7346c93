package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * scripts/publish-web.sh: the pages it renders name the API once each and are otherwise web/ as it is, with the
 * browser libraries of web/vendor.json copied from node_modules (the map itself left out); what it asks
 * of AWS (an {@code aws} stub on the PATH records the calls): the stack's outputs, a sync per type with its
 * Content-Type and no-cache, deleting what web/ no longer has, then an invalidation of everything.
 * {@code PublishedPagesBrowserTest} opens the rendered pages in a browser.
 */
public class PublishWebScriptTest {

    static final Path ROOT = ProjectRoot.locate();
    static final Path SCRIPT = ROOT.resolve("scripts/publish-web.sh");
    private static final Pattern API_BASE = Pattern.compile("<meta name=\"api-base\" content=\"([^\"]*)\">");

    record Run(int exitCode, String output) {
    }

    static Run run(Path directory, List<String> arguments, String path) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        if (path != null) {
            builder.environment().put("PATH", path);
        }
        builder.environment().remove("AWS_REGION");
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).as("publish-web.sh finished: " + output).isTrue();
        return new Run(process.exitValue(), output);
    }

    /** Renders web/ for the given API into {@code out}, as the publication does. */
    public static Path render(Path out, String apiUrl) throws Exception {
        Run run = run(ROOT, List.of("--render", out.toString(), apiUrl), null);
        assertThat(run.exitCode()).as(run.output()).isZero();
        return out;
    }

    @Test
    void everyPageNamesTheApiOnceAndNothingElseChanges(@TempDir Path temp) throws Exception {
        Path out = render(temp.resolve("site"), "https://abc123.execute-api.eu-west-3.amazonaws.com/");

        List<Path> pages = files(ROOT.resolve("web"));
        assertThat(pages).anyMatch(p -> p.toString().endsWith(".html"));
        for (Path relative : pages) {
            if (relative.toString().equals("vendor.json")) {
                assertThat(out.resolve(relative)).as("the vendor map is not published").doesNotExist();
                continue;
            }
            String original = Files.readString(ROOT.resolve("web").resolve(relative));
            String rendered = Files.readString(out.resolve(relative));
            if (!relative.toString().endsWith(".html")) {
                assertThat(rendered).as(relative.toString()).isEqualTo(original);
                continue;
            }
            var meta = API_BASE.matcher(rendered);
            assertThat(meta.find()).as(relative + " names the API").isTrue();
            String tag = meta.group(0);
            assertThat(meta.group(1)).isEqualTo("https://abc123.execute-api.eu-west-3.amazonaws.com");
            assertThat(meta.find()).as(relative + " names it once").isFalse();
            assertThat(rendered.indexOf(tag)).isLessThan(rendered.indexOf("</head>"));
            assertThat(rendered.replace(tag + "\n", "")).as(relative + " otherwise as in web/").isEqualTo(original);
        }
        var vendored = new com.fasterxml.jackson.databind.ObjectMapper().readTree(ROOT.resolve("web/vendor.json").toFile());
        vendored.properties().stream().filter(entry -> !entry.getKey().startsWith("_")).forEach(entry ->
                assertThat(out.resolve(entry.getKey())).as("the browser library " + entry.getKey())
                        .hasSameBinaryContentAs(ROOT.resolve(entry.getValue().asText())));
        assertThat(Files.readString(out.resolve("config.json")))
                .contains("\"apiBase\":\"https://abc123.execute-api.eu-west-3.amazonaws.com\"");
    }

    @Test
    void theBucketGetsTheContentTypesTheLocalRunnerServes() throws IOException {
        String script = Files.readString(ROOT.resolve("scripts/publish-web.sh"));
        String types = script.substring(script.indexOf("TYPES=(") + "TYPES=(".length(), script.indexOf("\n)", script.indexOf("TYPES=(")));
        java.util.Map<String, String> published = new java.util.HashMap<>();
        types.lines().map(String::strip).filter(line -> line.startsWith("\"")).forEach(line -> {
            String entry = line.substring(1, line.length() - 1);
            published.put(entry.substring(0, entry.indexOf(':')), entry.substring(entry.indexOf(':') + 1));
        });

        assertThat(published).isEqualTo(fr.interconnectes.candidatures.local.runtime.StaticFiles.contentTypes());
    }

    @Test
    void theConsoleGetsItsSignInSettings(@TempDir Path temp) throws Exception {
        Path out = temp.resolve("site");
        Run run = run(ROOT, List.of("--render", out.toString(), "https://abc123.execute-api.eu-west-3.amazonaws.com",
                "eu-west-3", "eu-west-3_AbCdEf", "1example23456789",
                "https://candidatures-staging-console.auth.eu-west-3.amazoncognito.com/"), null);

        assertThat(run.exitCode()).as(run.output()).isZero();
        var config = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("console/config.json").toFile());
        assertThat(config.path("authority").asText()).isEqualTo("https://candidatures-staging-console.auth.eu-west-3.amazoncognito.com");
        assertThat(config.path("clientId").asText()).isEqualTo("1example23456789");
        assertThat(config.path("scope").asText()).isEqualTo("openid email profile");
    }

    @Test
    void aUrlThatIsNotAnApisIsRefused(@TempDir Path temp) throws Exception {
        for (String url : List.of("javascript:alert(1)", "https://x.fr/\"><script>", "https://x.fr/a|b")) {
            Run run = run(ROOT, List.of("--render", temp.resolve("site").toString(), url), null);
            assertThat(run.exitCode()).as(url).isNotZero();
            assertThat(run.output()).contains("not an API URL");
        }
    }

    @Test
    void publishingSyncsEachTypeWithItsHeadersThenInvalidates(@TempDir Path temp) throws Exception {
        Path bin = Files.createDirectories(temp.resolve("bin"));
        Path calls = temp.resolve("calls.log");
        Path aws = bin.resolve("aws");
        Files.writeString(aws, """
                #!/usr/bin/env bash
                printf '%%s\\n' "$*" >> '%s'
                case "$*" in
                  *"OutputKey=='ApiUrl'"*) echo https://abc123.execute-api.eu-west-3.amazonaws.com ;;
                  *"OutputKey=='WebBucketName'"*) echo candidatures-staging-webbucket-1a2b ;;
                  *"OutputKey=='WebDistributionId'"*) echo E2QWRUHEXAMPLE ;;
                  *"OutputKey=='WebUrl'"*) echo https://d111111abcdef8.cloudfront.net ;;
                  *"OutputKey=='UserPoolId'"*) echo eu-west-3_AbCdEf ;;
                  *"OutputKey=='UserPoolClientId'"*) echo 1example23456789 ;;
                  *"OutputKey=='ConsoleSignInUrl'"*) echo https://candidatures-staging-console.auth.eu-west-3.amazoncognito.com ;;
                  "cloudfront create-invalidation"*) echo I2J0I21PCUYOIK ;;
                esac
                """.formatted(calls));
        Files.setPosixFilePermissions(aws, PosixFilePermissions.fromString("rwxr-xr-x"));

        Run run = run(ROOT, List.of("candidatures-staging", "--region", "eu-west-3"), bin + ":" + System.getenv("PATH"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("invalidation I2J0I21PCUYOIK of E2QWRUHEXAMPLE", "https://d111111abcdef8.cloudfront.net");
        List<String> log = Files.readAllLines(calls);
        assertThat(log).filteredOn(l -> l.startsWith("cloudformation describe-stacks --stack-name candidatures-staging --region eu-west-3"))
                .hasSize(7);
        List<String> syncs = log.stream().filter(l -> l.startsWith("s3 sync ")).toList();
        assertThat(syncs).isNotEmpty().allSatisfy(sync -> assertThat(sync)
                .contains("s3://candidatures-staging-webbucket-1a2b/", "--delete", "--cache-control no-cache", "--region eu-west-3")
                .doesNotContain("--dryrun"));
        assertThat(syncs).anySatisfy(s -> assertThat(s).contains("--include *.html --content-type text/html; charset=utf-8"))
                .anySatisfy(s -> assertThat(s).contains("--include *.js --content-type text/javascript; charset=utf-8"))
                .anySatisfy(s -> assertThat(s).contains("--include *.css --content-type text/css; charset=utf-8"))
                .anySatisfy(s -> assertThat(s).contains("--include *.svg --content-type image/svg+xml"));
        assertThat(log.getLast()).isEqualTo("cloudfront create-invalidation --distribution-id E2QWRUHEXAMPLE --paths /* "
                + "--query Invalidation.Id --output text");

        Files.delete(calls);
        Run dry = run(ROOT, List.of("candidatures-staging", "--dry-run"), bin + ":" + System.getenv("PATH"));
        assertThat(dry.exitCode()).as(dry.output()).isZero();
        assertThat(Files.readAllLines(calls)).filteredOn(l -> l.startsWith("s3 sync ")).allMatch(l -> l.contains("--dryrun"));
        assertThat(Files.readAllLines(calls)).noneMatch(l -> l.startsWith("cloudfront"));
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
