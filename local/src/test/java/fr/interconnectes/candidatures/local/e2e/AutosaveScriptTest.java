package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pages' autosaver (web/autosave.js) on its own in node: last edit wins, edits during a save saved next, retries
 * of network failures, 5xx and 429 honouring Retry-After, a refusal stops it (local/src/test/js/autosave.test.mjs).
 */
class AutosaveScriptTest {

    @Test
    void the_autosaver_loses_no_edit_and_retries_only_what_may_succeed() throws Exception {
        Path root = ProjectRoot.locate();
        Process node = new ProcessBuilder("node", "--disable-warning=MODULE_TYPELESS_PACKAGE_JSON",
                root.resolve("local/src/test/js/autosave.test.mjs").toString())
                .directory(root.toFile()).redirectErrorStream(true).start();
        String output;
        try (var in = node.getInputStream()) {
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(node.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output.strip()).isEqualTo("{\"passed\":6}");
    }
}
