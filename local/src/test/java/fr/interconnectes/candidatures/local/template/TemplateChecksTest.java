package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real template.yaml ({@code project.root}/template.yaml) passes every check of the project's own; SAM's schema,
 * its policy templates and the references are cfn-lint's (CfnLintTest).
 */
class TemplateChecksTest {

    private static SamTemplate template;
    private static TemplateChecker checker;

    @BeforeAll
    static void load() {
        template = SamTemplate.load(templatePath());
        checker = new TemplateChecker(template);
    }

    static Path templatePath() {
        return ProjectRoot.locate().resolve("template.yaml");
    }

    @Test
    void theTemplateHasWhatTheChecksLookAt() {
        // Guards against vacuous passes: with no function or event, most checks below would have nothing to see.
        assertThat(template.resourcesOfType(TemplateChecker.FUNCTION)).isNotEmpty();
        assertThat(template.resourcesOfType(TemplateChecker.HTTP_API)).isNotEmpty();
        // every function is invoked by something: its own events, or an event source mapping naming it (its alias)
        java.util.Set<Object> mapped = new java.util.HashSet<>();
        template.resourcesOfType("AWS::Lambda::EventSourceMapping")
                .forEach(id -> mapped.add(template.properties(id).get("FunctionName")));
        assertThat(template.resourcesOfType(TemplateChecker.FUNCTION)).allSatisfy(id -> assertThat(
                !template.events(id).isEmpty() || mapped.contains(java.util.Map.of("Ref", id + ".Alias")))
                .as("events of %s", id).isTrue());
        assertThat(template.root()).containsKey("Globals");
    }

    @Test
    void handlersNameInstantiableRequestHandlers() {
        assertThat(checker.handlerProblems()).as("handler problems of template.yaml").isEmpty();
    }

    @Test
    void httpApiEventsAttachToTheTemplatesHttpApi() {
        assertThat(checker.httpApiProblems()).as("HttpApi event problems of template.yaml").isEmpty();
    }

    @Test
    void functionsRunTheCompiledJavaReleaseOnArm64() {
        assertThat(checker.runtimeProblems()).as("runtime problems of template.yaml").isEmpty();
    }

    @Test
    void everyFunctionDeclaresItsPolicies() {
        assertThat(checker.policyPresenceProblems()).as("functions without Policies").isEmpty();
    }

    @Test
    void theWebPagesArePrivateBehindTheDistributionWithTheSecurityHeaders() {
        assertThat(template.resourcesOfType(TemplateChecker.DISTRIBUTION)).hasSize(1);
        assertThat(checker.webHostingProblems()).as("web hosting problems of template.yaml").isEmpty();
    }

    @Test
    void mailsLeaveFromTheDomainIdentityWithDkimAndMailFrom() {
        assertThat(template.resourcesOfType(TemplateChecker.EMAIL_IDENTITY)).hasSize(1);
        assertThat(checker.mailIdentityProblems()).as("mail identity problems of template.yaml").isEmpty();
    }

    @Test
    void environmentVariablesAreStringsOrIntrinsics() {
        assertThat(checker.environmentProblems()).as("environment variable problems of template.yaml").isEmpty();
    }
}
