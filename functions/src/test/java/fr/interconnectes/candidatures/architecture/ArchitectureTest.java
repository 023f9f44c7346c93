package fr.interconnectes.candidatures.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The module graph, checked on the compiled classes of each module (Maven builds them before this test):
 * core ← http, core ← aws, handlers → use cases + http (+ aws for their composition root).
 */
class ArchitectureTest {

    private static final Path ROOT = Path.of(System.getProperty("project.root", ".."));

    private static JavaClasses module(String directory) {
        Path classes = ROOT.resolve(directory).resolve("target/classes");
        if (!Files.isDirectory(classes)) {
            throw new IllegalStateException("build " + directory + " first: " + classes + " is missing");
        }
        return new ClassFileImporter().importPath(classes);
    }

    @Test
    void coreDependsOnNothingButTheJdk() {
        ArchitectureRules.coreDependsOnlyOnTheJdk().check(module("shared/core"));
    }

    @Test
    void httpReachesNoAdapter() {
        ArchitectureRules.httpDoesNotReachAdapters().check(module("shared/http"));
    }

    @Test
    void adaptersReachNoHttp() {
        ArchitectureRules.adaptersDoNotReachHttp().check(module("shared/aws"));
    }

    @Test
    void handlersCallOnlyUseCasesAndHttp() {
        ArchitectureRules.handlersCallOnlyUseCasesAndHttp().check(module("functions"));
    }

    @Test
    void noHandlerCallsAnotherHandler() {
        ArchitectureRules.noHandlerCallsAnotherHandler().check(module("functions"));
    }
}
