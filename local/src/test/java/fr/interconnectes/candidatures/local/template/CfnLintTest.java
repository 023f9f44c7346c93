package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code cfn-lint template.yaml} (with its SAM translator: SAM's schema, policy templates, references, types,
 * deprecated runtimes…) prints nothing and exits 0. Skipped, saying so, only where cfn-lint is not installed;
 * {@code .ci/run} requires it.
 */
class CfnLintTest {

    @Test
    void cfnLintFindsNothingInTheTemplate() throws Exception {
        Optional<Path> cfnLint = onPath("cfn-lint");
        Assumptions.assumeTrue(cfnLint.isPresent(),
                "cfn-lint is not on the PATH: template.yaml was NOT linted (pip install cfn-lint; .ci/run requires it)");
        Path root = ProjectRoot.locate();
        Process lint = new ProcessBuilder(cfnLint.get().toString(), "template.yaml")
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(5, TimeUnit.MINUTES)).as("cfn-lint finished").isTrue();

        assertThat(output).as("what cfn-lint template.yaml printed").isEmpty();
        assertThat(lint.exitValue()).as("cfn-lint exit code").isZero();
    }

    static Optional<Path> onPath(String command) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, command))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
