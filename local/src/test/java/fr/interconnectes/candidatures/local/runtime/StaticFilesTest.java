package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StaticFilesTest {

    @TempDir
    Path project;

    @Test
    void vendored_libraries_are_served_from_node_modules_and_the_map_itself_is_not() throws Exception {
        Files.createDirectories(project.resolve("web"));
        Files.createDirectories(project.resolve("node_modules/lib/dist"));
        Files.writeString(project.resolve("node_modules/lib/dist/lib.min.js"), "window.lib = 1;");
        Files.writeString(project.resolve("web/vendor.json"), """
                {"_comment": "test", "vendor/lib.min.js": "node_modules/lib/dist/lib.min.js"}""");
        var files = new StaticFiles(project.resolve("web"));

        var library = files.find("/vendor/lib.min.js").orElseThrow();
        assertThat(new String(library.bytes(), StandardCharsets.UTF_8)).isEqualTo("window.lib = 1;");
        assertThat(library.contentType()).startsWith("text/javascript");
        assertThat(files.find("/vendor.json")).isEmpty();
        assertThat(files.find("/vendor/other.js")).isEmpty();
        assertThat(files.find("/_comment")).isEmpty();
    }

    @Test
    void every_library_the_project_maps_is_installed() {
        var files = new StaticFiles(ProjectRoot.locate().resolve("web"));

        assertThat(files.find("/vendor/chart.umd.min.js")).isPresent()
                .get().satisfies(file -> assertThat(file.bytes().length).isGreaterThan(100_000));
    }
}
