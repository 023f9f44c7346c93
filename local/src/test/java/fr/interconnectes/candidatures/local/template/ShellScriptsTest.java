package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The scripts a newcomer and CI run parse ({@code bash -n}), and {@code .ci/run} runs the test command the
 * README shows. A mangled {@code .ci/run} fails CI before a single test runs, so it is checked here, where a
 * local run sees it.
 */
class ShellScriptsTest {

    private final Path root = ProjectRoot.locate();

    @Test
    void everyScriptParses() throws Exception {
        List<Path> scripts = scripts();
        assertThat(scripts).contains(root.resolve(".ci/run"), root.resolve("run-tests.sh"), root.resolve("run-local.sh"));
        for (Path script : scripts) {
            Process check = new ProcessBuilder("bash", "-n", script.toString()).redirectErrorStream(true).start();
            String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(check.waitFor(1, TimeUnit.MINUTES)).isTrue();
            assertThat(check.exitValue()).as("bash -n %s: %s", root.relativize(script), output).isZero();
        }
    }

    @Test
    void ciRunsTheReadmeTestCommand() throws Exception {
        Matcher testCommand = Pattern.compile("(?m)^(\\./\\S+)\\s+#\\s*run every test")
                .matcher(Files.readString(root.resolve("README.md")));
        assertThat(testCommand.find()).as("README shows the test command").isTrue();
        List<String> ciLines = Files.readAllLines(root.resolve(".ci/run")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        assertThat(ciLines).as(".ci/run commands").contains(testCommand.group(1));
        assertThat(ciLines.getLast()).as(".ci/run ends with the README test command").isEqualTo(testCommand.group(1));
    }

    private List<Path> scripts() throws Exception {
        try (Stream<Path> top = Files.list(root); Stream<Path> under = Files.list(root.resolve("scripts"))) {
            return Stream.concat(Stream.of(root.resolve(".ci/run")), Stream.concat(top, under))
                    .filter(path -> path.endsWith(".ci/run") || path.toString().endsWith(".sh"))
                    .distinct().sorted().toList();
        }
    }
}
