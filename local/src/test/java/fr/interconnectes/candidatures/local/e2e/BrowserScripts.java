package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import fr.interconnectes.candidatures.local.emulator.NodeEmulator;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a browser test script of {@code local/src/test/js} (playwright-core driving Debian's Chromium, with
 * {@code browser-lib.cjs}) and hands back what it printed. Without Chromium the test is skipped, except on CI
 * where it fails: {@code .ci/run} installs it.
 */
final class BrowserScripts {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));

    private BrowserScripts() {
    }

    /** What a script printed: its exit code and output lines (stdout and stderr). */
    record Run(int exitCode, List<String> lines) {

        String text() {
            return String.join("\n", lines);
        }

        /** The lines that are JSON objects, in order: scripts report what they did that way. */
        List<String> jsonLines() {
            return lines.stream().filter(line -> line.startsWith("{")).toList();
        }
    }

    /**
     * Where the browser tests save their screenshots: {@code local/target/screenshots}, so that running the tests
     * leaves the working tree as it was; {@code docs/screenshots} (the ones the README shows) when the environment
     * says {@code UPDATE_SCREENSHOTS=1}.
     */
    static Path screenshotsDir() throws java.io.IOException {
        Path root = ProjectRoot.locate();
        Path dir = "1".equals(System.getenv("UPDATE_SCREENSHOTS"))
                ? root.resolve("docs/screenshots") : root.resolve("local/target/screenshots");
        return Files.createDirectories(dir);
    }

    static void requireChromium() {
        if (!Files.isExecutable(CHROMIUM)) {
            if ("true".equals(System.getenv("CI"))) {
                fail("Chromium is missing at " + CHROMIUM + ": .ci/run installs Debian's chromium package");
            }
            Assumptions.abort("Chromium not installed (apt-get install chromium)");
        }
    }

    /** Runs {@code script} with {@code args}; fails the test if it does not end within {@code timeout} or exits non-zero. */
    static Run runPassing(Duration timeout, String script, String... args) throws Exception {
        Run run = run(timeout, script, args);
        assertThat(run.exitCode()).as("%s exit code; it printed:%n%s", script, run.text()).isZero();
        return run;
    }

    static Run run(Duration timeout, String script, String... args) throws Exception {
        requireChromium();
        Path root = ProjectRoot.locate();
        NodeEmulator.ensureNpmPackages(root);
        List<String> command = new ArrayList<>(List.of("node", root.resolve("local/src/test/js").resolve(script).toString()));
        command.addAll(List.of(args));
        Path output = Files.createTempFile("browser-" + script, ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
            builder.environment().put("SCREENSHOTS_DIR", screenshotsDir().toString());
            Process node = builder
                    .redirectOutput(output.toFile()).start();
            boolean finished = node.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            List<String> lines = Files.readString(output, StandardCharsets.UTF_8).lines().toList();
            assertThat(finished).as("%s within %s; it printed:%n%s", script, timeout, String.join("\n", lines)).isTrue();
            return new Run(node.exitValue(), lines);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
