package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Proves the checks can fail: copies of the real template.yaml, each broken on purpose, and for every defect a
 * problem that names the resource and the defect. The copies are the parsed template, edited in place; the real
 * file is never written.
 */
class BrokenTemplateTest {

    private SamTemplate broken;
    private String first;
    private String second;

    @BeforeEach
    void loadAFreshCopy() {
        broken = SamTemplate.load(TemplateChecksTest.templatePath());
        List<String> functions = broken.resourcesOfType(TemplateChecker.FUNCTION);
        assertThat(functions).as("the defects below need two functions to break").hasSizeGreaterThanOrEqualTo(2);
        first = functions.get(0);
        second = functions.get(1);
    }

    @Test
    void everyProjectRuleDefectIsCaught() {
        assertThat(new TemplateChecker(broken).projectProblems()).isEmpty();

        String table = broken.resourcesOfType("AWS::DynamoDB::Table").get(0);
        String firstEvent = broken.events(first).keySet().iterator().next();
        String secondEvent = broken.events(second).keySet().iterator().next();
        properties(broken.events(first).get(firstEvent)).put("ApiId", Map.of("Ref", table));
        properties(broken.events(second).get(secondEvent)).remove("ApiId");
        properties(second).put("Runtime", "java21");
        broken.globalFunction().put("Architectures", List.of("x86_64"));
        properties(first).remove("Policies");
        variables(properties(first)).putAll(Map.of("RETRIES", 3, "JOINED", Map.of("Fn::Join", List.of("", List.of("a")))));

        List<String> problems = new TemplateChecker(broken).projectProblems();

        assertCaught(problems, first + " event " + firstEvent, "ApiId refs " + table + ", which is a AWS::DynamoDB::Table");
        assertCaught(problems, second + " event " + secondEvent, "ApiId must be !Ref");
        assertCaught(problems, second, "Runtime must be " + TemplateChecker.COMPILED_RUNTIME + ", found java21");
        assertCaught(problems, "Globals.Function", "Architectures must be [arm64], found [x86_64]");
        assertCaught(problems, first, "Architectures must be [arm64], found [x86_64]");
        assertCaught(problems, first, "Policies is empty or missing");
        assertCaught(problems, first, "environment variable RETRIES");
        assertCaught(problems, first, "environment variable JOINED");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "fr.interconnectes.candidatures.functions.campaigns.NoSuchHandler::handleRequest | is not on the class path",
        "java.lang.String::handleRequest | does not implement com.amazonaws.services.lambda.runtime.RequestStreamHandler",
        "fr.interconnectes.candidatures.functions.HttpFunction::handleRequest | is abstract",
        "fr.interconnectes.candidatures.local.template.BrokenTemplateTest$NeedsArguments::handleRequest | has no public no-arg constructor",
        "fr.interconnectes.candidatures.local.template.BrokenTemplateTest$Hidden::handleRequest | is not public",
        "fr.interconnectes.candidatures.functions.campaigns.ListCampaignsHandler::handle | has no public method handle",
        "fr.interconnectes.candidatures.functions.campaigns.ListCampaignsHandler.handleRequest | is not of the form",
    })
    void aHandlerTheRuntimeCouldNotUseIsCaught(String handler, String defect) {
        assertThat(new TemplateChecker(broken).handlerProblems()).isEmpty();
        properties(first).put("Handler", handler);

        List<String> problems = new TemplateChecker(broken).handlerProblems();

        assertCaught(problems, first, defect);
        assertThat(problems).as("only the broken function is reported").allMatch(problem -> problem.startsWith(first + ":"));
    }

    @Test
    void aHandlerComesFromGlobalsWhenTheFunctionHasNone() {
        String handler = (String) properties(first).remove("Handler");
        broken.globalFunction().put("Handler", handler);
        assertThat(new TemplateChecker(broken).handlerProblems()).isEmpty();

        broken.globalFunction().put("Handler", "fr.interconnectes.candidatures.functions.NoSuchHandler::handleRequest");
        List<String> problems = new TemplateChecker(broken).handlerProblems();
        assertCaught(problems, first, "NoSuchHandler");
        assertThat(problems).as("a function's own Handler wins over Globals").noneMatch(problem -> problem.startsWith(second));
    }

    /** A RequestHandler the runtime cannot build: its only constructor takes an argument. */
    public static final class NeedsArguments implements RequestHandler<Map<String, Object>, String> {
        public NeedsArguments(String configuration) {
        }

        @Override
        public String handleRequest(Map<String, Object> input, Context context) {
            return "never called";
        }
    }

    /** A RequestHandler the runtime cannot reach: the class is private. */
    private static final class Hidden implements RequestHandler<Map<String, Object>, String> {
        public Hidden() {
        }

        @Override
        public String handleRequest(Map<String, Object> input, Context context) {
            return "never called";
        }
    }

    // ---------------------------------------------------------------- helpers

    private static void assertCaught(List<String> problems, String resource, String defect) {
        assertThat(problems)
                .as("a problem naming %s and %s", resource, defect)
                .anySatisfy(problem -> assertThat(problem).contains(resource).contains(defect));
    }

    private Map<String, Object> properties(String id) {
        return broken.properties(id);
    }

    private static Map<String, Object> properties(Map<String, Object> event) {
        return SamTemplate.cast(event.get("Properties"));
    }

    @SuppressWarnings("unchecked")
    private List<Object> policies(String id) {
        return (List<Object>) properties(id).computeIfAbsent("Policies", key -> new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        Map<String, Object> environment = (Map<String, Object>) functionProperties
                .computeIfAbsent("Environment", key -> new LinkedHashMap<>());
        return (Map<String, Object>) environment.computeIfAbsent("Variables", key -> new LinkedHashMap<>());
    }

    /** Renames a key where it stands, keeping the value: how a typo looks in the file. */
    private static void rename(Map<String, Object> map, String from, String to) {
        assertThat(map).as("the template to break").containsKey(from);
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> copy.put(key.equals(from) ? to : key, value));
        map.clear();
        map.putAll(copy);
    }
}
