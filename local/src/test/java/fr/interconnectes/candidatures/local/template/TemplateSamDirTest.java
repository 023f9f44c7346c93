package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** What the template checks do when the SAM folder (sam.dir) is missing: skip on a laptop, fail on CI. */
class TemplateSamDirTest {

    @TempDir
    Path dir;

    @Test
    void aMissingFolderFailsOnCi() {
        String missing = dir.resolve("nowhere").toString();
        assertThatThrownBy(() -> SamSpec.requireSamDir(missing, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("CI=true")
                .hasMessageContaining(missing)
                .hasMessageContaining("sam.dir");
    }

    @Test
    void aMissingFolderSkipsOutsideCi() {
        String missing = dir.resolve("nowhere").toString();
        assertThatThrownBy(() -> SamSpec.requireSamDir(missing, null))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining(missing);
        assertThatThrownBy(() -> SamSpec.requireSamDir(missing, "false"))
                .isInstanceOf(TestAbortedException.class);
    }

    @Test
    void anUnsetPropertyFailsOnCi() {
        assertThatThrownBy(() -> SamSpec.requireSamDir(null, "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("sam.dir is not set");
    }

    @Test
    void aFolderWithoutThePolicyTemplatesIsMissingToo() throws IOException {
        Files.writeString(dir.resolve(SamSpec.SCHEMA_FILE), "{}");
        assertThatThrownBy(() -> SamSpec.requireSamDir(dir.toString(), "true"))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("has no " + SamSpec.POLICY_TEMPLATES_FILE);
    }

    @Test
    void aCompleteFolderIsUsed() throws IOException {
        Files.writeString(dir.resolve(SamSpec.SCHEMA_FILE), "{}");
        Files.writeString(dir.resolve(SamSpec.POLICY_TEMPLATES_FILE), "{}");
        assertThat(SamSpec.requireSamDir(dir.toString(), "true")).isEqualTo(dir);
    }
}
