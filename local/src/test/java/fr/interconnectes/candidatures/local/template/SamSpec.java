package fr.interconnectes.candidatures.local.template;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.keyword.AnnotationKeyword;
import com.networknt.schema.keyword.NonValidationKeyword;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The team's copy of SAM's own rules, read from the folder named by the system property {@code sam.dir}:
 * {@code sam.schema.json} (the draft-04 JSON schema of SAM templates) and {@code policy_templates.json}
 * (the policy templates SAM expands). Read in place, never copied into the project.
 */
final class SamSpec {

    static final String SCHEMA_FILE = "sam.schema.json";
    static final String POLICY_TEMPLATES_FILE = "policy_templates.json";
    private static final String DRAFT_04 = "http://json-schema.org/draft-04/schema#";

    static final ObjectMapper JSON = JsonMapper.builder().build();

    private static volatile SamSpec shared;

    private final JsonNode schema;
    private final JsonNode policyTemplates;
    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(samDialect());
    // Compiling a definition walks the $refs of a 750 kB schema: do it once per definition, not per resource.
    private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

    private SamSpec(JsonNode schema, JsonNode policyTemplates) {
        this.schema = schema;
        this.policyTemplates = policyTemplates;
    }

    static SamSpec load(Path samDir) {
        return new SamSpec(read(samDir.resolve(SCHEMA_FILE)), read(samDir.resolve(POLICY_TEMPLATES_FILE)));
    }

    /**
     * The spec from {@code sam.dir}, loaded once per test JVM. A missing folder skips the calling test on a
     * developer's machine, but fails it on CI ({@code CI=true}), where a silently skipped check would look green.
     */
    static SamSpec fromSystemPropertyOrSkip() {
        Path dir = requireSamDir(System.getProperty("sam.dir"), System.getenv("CI"));
        SamSpec spec = shared;
        if (spec == null) {
            synchronized (SamSpec.class) {
                if (shared == null) {
                    shared = load(dir);
                }
                spec = shared;
            }
        }
        return spec;
    }

    /** What to do about the sam.dir setting: the folder if usable, else skip (developer) or fail (CI). */
    static Path requireSamDir(String samDirProperty, String ciVariable) {
        Optional<String> missing = whatIsMissing(samDirProperty);
        if (missing.isEmpty()) {
            return Path.of(samDirProperty);
        }
        String message = missing.get() + ": the SAM template checks need " + SCHEMA_FILE + " and "
                + POLICY_TEMPLATES_FILE + " (set -Dsam.dir=<folder>; the parent pom defaults it to ../shared/sam)";
        if ("true".equals(ciVariable)) {
            fail("CI=true and " + message);
        }
        assumeTrue(false, message + " - skipped outside CI");
        throw new AssertionError("unreachable: assumeTrue(false) aborts the test");
    }

    private static Optional<String> whatIsMissing(String samDirProperty) {
        if (samDirProperty == null || samDirProperty.isBlank()) {
            return Optional.of("system property sam.dir is not set");
        }
        Path dir = Path.of(samDirProperty);
        if (!Files.isDirectory(dir)) {
            return Optional.of("SAM folder " + dir + " (sam.dir) does not exist");
        }
        for (String file : List.of(SCHEMA_FILE, POLICY_TEMPLATES_FILE)) {
            if (!Files.isRegularFile(dir.resolve(file))) {
                return Optional.of("SAM folder " + dir + " (sam.dir) has no " + file);
            }
        }
        return Optional.empty();
    }

    JsonNode schema() {
        return schema;
    }

    JsonNode definitions() {
        return schema.get("definitions");
    }

    /** Parameter names of the policy template, or empty when SAM has no template of that name. */
    Optional<Set<String>> policyTemplateParameters(String name) {
        JsonNode template = policyTemplates.path("Templates").get(name);
        if (template == null) {
            return Optional.empty();
        }
        return Optional.of(Set.copyOf(template.path("Parameters").propertyNames()));
    }

    /** Validates {@code instance} against {@code #/definitions/<definition>} of the SAM schema. */
    List<Error> validate(String definition, JsonNode instance) {
        if (!definitions().has(definition)) {
            throw new IllegalArgumentException("the SAM schema has no definition " + definition);
        }
        return compiled.computeIfAbsent(definition, this::compile).validate(instance);
    }

    // A draft-04 "$ref" makes its siblings invisible, so the target is wrapped in allOf; the definitions ride
    // along so that every nested "#/definitions/..." resolves inside this same document.
    private Schema compile(String definition) {
        ObjectNode wrapper = JSON.createObjectNode();
        wrapper.put("$schema", DRAFT_04);
        wrapper.putArray("allOf").addObject().put("$ref", "#/definitions/" + definition);
        wrapper.set("definitions", definitions());
        return registry.getSchema(wrapper);
    }

    /**
     * Draft 04 plus the two keywords SAM's generator adds: documentation for editors, which validates nothing.
     * Declared so the validator does not warn about them once per definition.
     */
    private static Dialect samDialect() {
        return Dialect.builder(Dialects.getDraft4())
                .keyword(new AnnotationKeyword("markdownDescription"))
                .keyword(new NonValidationKeyword("__samPassThrough"))
                .build();
    }

    private static JsonNode read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    static List<String> names(JsonNode arrayOrNull) {
        List<String> names = new ArrayList<>();
        if (arrayOrNull != null) {
            arrayOrNull.forEach(node -> names.add(node.asString()));
        }
        return names;
    }
}
