package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * samconfig.toml, what {@code sam deploy --config-env staging|production} reads (DEPLOY.md): it parses, names both
 * environments in Paris with their own stack, overrides only parameters the template declares, sends mail from an
 * address of the environment's own MailDomain, and production confirms every change set.
 */
class DeployConfigurationTest {

    private static final Path ROOT = ProjectRoot.locate();
    /** Key="value" pairs, as {@code sam deploy --guided} writes parameter_overrides. */
    private static final Pattern OVERRIDE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final JsonNode config = read();
    private final SamTemplate template = SamTemplate.load(ROOT.resolve("template.yaml"));

    private static JsonNode read() {
        try {
            return new TomlMapper().readTree(Files.readString(ROOT.resolve("samconfig.toml")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode deploy(String environment) {
        return config.path(environment).path("deploy").path("parameters");
    }

    static Map<String, String> overrides(String text) {
        Map<String, String> overrides = new LinkedHashMap<>();
        Matcher pair = OVERRIDE.matcher(text);
        int end = 0;
        while (pair.find()) {
            assertThat(text.substring(end, pair.start()).isBlank()).as("parameter_overrides is Key=\"value\" pairs: " + text).isTrue();
            overrides.put(pair.group(1), pair.group(2));
            end = pair.end();
        }
        assertThat(text.substring(end).isBlank()).as("parameter_overrides is Key=\"value\" pairs: " + text).isTrue();
        return overrides;
    }

    @Test
    void bothEnvironmentsAreThereEachWithItsOwnStackSecretAndSendingDomain() {
        assertThat(config.path("version").asDouble()).isEqualTo(0.1);
        assertThat(deploy("staging").path("stack_name").asText()).isEqualTo("candidatures-staging");
        assertThat(deploy("production").path("stack_name").asText()).isEqualTo("candidatures-production");
        Map<String, String> staging = overrides(deploy("staging").path("parameter_overrides").asText());
        Map<String, String> production = overrides(deploy("production").path("parameter_overrides").asText());
        assertThat(staging.get("AccessTokenSecretParameter")).isNotEqualTo(production.get("AccessTokenSecretParameter"));
        assertThat(staging.get("MailDomain")).isNotEqualTo(production.get("MailDomain"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staging", "production"})
    void anEnvironmentDeploysInParisWhatTheTemplateDeclares(String environment) {
        JsonNode deploy = deploy(environment);
        assertThat(deploy.isObject()).as("[%s.deploy.parameters]", environment).isTrue();
        assertThat(deploy.path("region").asText()).isEqualTo("eu-west-3");
        assertThat(deploy.path("template_file").asText()).isEqualTo("template.yaml");
        assertThat(deploy.path("capabilities").asText())
                // the template's Fn::ForEach alarms need the AWS::LanguageExtensions transform expanded
                .contains("CAPABILITY_IAM", "CAPABILITY_AUTO_EXPAND");
        assertThat(deploy.path("resolve_s3").asBoolean()).isTrue();

        Map<String, String> overrides = overrides(deploy.path("parameter_overrides").asText());
        assertThat(template.parameters()).containsKeys(overrides.keySet().toArray(String[]::new));
        assertThat(overrides.get("MailFromIdentity")).as("the sender is an address of MailDomain")
                .endsWith("@" + overrides.get("MailDomain"));
        assertThat(overrides.get("AccessTokenSecretParameter")).matches("^/[A-Za-z0-9_./-]+$");
    }

    @Test
    void productionShowsEveryChangeSetBeforeItRuns() {
        assertThat(deploy("production").path("confirm_changeset").asBoolean()).isTrue();
    }

    @Test
    void theTemplatesDefaultSenderIsAnAddressOfItsDefaultDomain() {
        Object sender = SamTemplate.<String, Object>cast(template.parameters().get("MailFromIdentity")).get("Default");
        Object domain = SamTemplate.<String, Object>cast(template.parameters().get("MailDomain")).get("Default");
        assertThat(String.valueOf(sender)).endsWith("@" + domain);
    }

    @Test
    void overridesThatAreNotKeyValuePairsAreRefused() {
        assertThat(overrides("A=\"1\" B=\"two words\"")).containsExactly(Map.entry("A", "1"), Map.entry("B", "two words"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> overrides("A=1 B=\"2\""))
                .isInstanceOf(AssertionError.class);
    }
}
