package fr.interconnectes.candidatures.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;

/**
 * Each rule of {@link ArchitectureRules} fails on a deliberately broken copy of a layer
 * (package {@code archbroken}): the rules can fail, so their passing on the real modules means something.
 */
class BrokenArchitectureTest {

    private static JavaClasses broken(String layer) {
        return new ClassFileImporter().importPackages("fr.interconnectes.candidatures.archbroken." + layer);
    }

    private static String failureOf(ArchRule rule, JavaClasses classes) {
        var result = rule.evaluate(classes);
        assertThat(result.hasViolation()).as(rule.getDescription() + " should fail").isTrue();
        return result.getFailureReport().toString();
    }

    @Test
    void aCoreClassImportingJacksonBreaksTheCoreRule() {
        assertThat(failureOf(ArchitectureRules.coreDependsOnlyOnTheJdk(), broken("core")))
                .contains("com.fasterxml.jackson.databind.ObjectMapper");
    }

    @Test
    void aCoreClassReachingTheHttpModuleBreaksTheCoreRule() {
        assertThat(failureOf(ArchitectureRules.coreDependsOnlyOnTheJdk(), broken("core")))
                .contains("fr.interconnectes.candidatures.http.ApiResponse");
    }

    @Test
    void anHttpClassCallingTheSdkBreaksTheHttpRule() {
        assertThat(failureOf(ArchitectureRules.httpDoesNotReachAdapters(), broken("http")))
                .contains("software.amazon.awssdk");
    }

    @Test
    void anAdapterBuildingAResponseBreaksTheAdapterRule() {
        assertThat(failureOf(ArchitectureRules.adaptersDoNotReachHttp(), broken("aws")))
                .contains("fr.interconnectes.candidatures.http.ApiResponse");
    }

    @Test
    void aHandlerCallingAPortBreaksTheHandlerRule() {
        assertThat(failureOf(ArchitectureRules.handlersCallOnlyUseCasesAndHttp(), broken("functions")))
                .contains("Campaigns.find");
    }

    @Test
    void aHandlerCallingAnotherHandlerBreaksTheIsolationRule() {
        assertThat(failureOf(ArchitectureRules.noHandlerCallsAnotherHandler(), broken("functions")))
                .contains("OtherHandler");
    }
}
