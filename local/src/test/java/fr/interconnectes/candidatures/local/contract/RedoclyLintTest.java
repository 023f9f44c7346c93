package fr.interconnectes.candidatures.local.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * {@code redocly lint api/openapi.yaml} (the pinned @redocly/cli of package.json, with redocly.yaml's rules: the
 * recommended ones) finds no error and no warning. Skipped, saying so, only where node_modules lacks it; with
 * {@code CI=true} (.ci/run) it must be there.
 */
class RedoclyLintTest {

    @Test
    void theContractLintsClean() throws Exception {
        Path root = ProjectRoot.locate();
        Path redocly = root.resolve("node_modules/.bin/redocly");
        boolean ci = "true".equals(System.getenv("CI"));
        Assumptions.assumeTrue(Files.isExecutable(redocly) || ci,
                "node_modules has no @redocly/cli (npm ci installs it): api/openapi.yaml was NOT linted");
        assertThat(redocly).as("@redocly/cli installed by npm ci").isExecutable();

        Process lint = new ProcessBuilder(redocly.toString(), "lint", OpenApiContract.SPEC, "--format=json")
                .directory(root.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(lint.waitFor(3, TimeUnit.MINUTES)).as("redocly lint finished").isTrue();

        JsonNode report = new ObjectMapper().readTree(output.substring(output.indexOf('{')));
        assertThat(report.path("problems")).as("what redocly lint found in %s", OpenApiContract.SPEC).isEmpty();
        assertThat(report.at("/totals/errors").asInt(-1)).isZero();
        assertThat(report.at("/totals/warnings").asInt(-1)).isZero();
        assertThat(lint.exitValue()).as("redocly lint exit code").isZero();
    }
}
