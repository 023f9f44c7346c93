package fr.interconnectes.candidatures.local.template;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * template.yaml as data. CloudFormation's short-form intrinsics ({@code !Ref X}, {@code !GetAtt A.B},
 * {@code !Sub ...}) are read as their long form ({@code {"Ref": "X"}}, ...), which is also what the SAM
 * JSON schema expects.
 */
public final class SamTemplate {

    private static final List<String> INTRINSICS = List.of(
            "Ref", "GetAtt", "Sub", "Join", "If", "Equals", "Not", "And", "Or", "Select", "Split",
            "FindInMap", "ImportValue", "Base64", "Cidr", "GetAZs", "Condition", "Transform");

    private final Map<String, Object> root;

    private SamTemplate(Map<String, Object> root) {
        this.root = root;
    }

    public static SamTemplate load(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + file, e);
        }
    }

    public static SamTemplate parse(Reader reader) {
        Object document = new Yaml(new IntrinsicConstructor()).load(reader);
        if (!(document instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("template is not a YAML mapping");
        }
        return new SamTemplate(cast(document));
    }

    /** The template's root, as plain maps, lists and scalars. */
    public Map<String, Object> root() {
        return root;
    }

    public Map<String, Object> section(String name) {
        Object section = root.get(name);
        return section instanceof Map<?, ?> ? cast(section) : Map.of();
    }

    public Map<String, Object> resources() {
        return section("Resources");
    }

    public Map<String, Object> resource(String logicalId) {
        Object resource = resources().get(logicalId);
        return resource instanceof Map<?, ?> ? cast(resource) : Map.of();
    }

    public Map<String, Object> properties(String logicalId) {
        Object properties = resource(logicalId).get("Properties");
        return properties instanceof Map<?, ?> ? cast(properties) : Map.of();
    }

    public Optional<String> resourceType(String logicalId) {
        return Optional.ofNullable((String) resource(logicalId).get("Type"));
    }

    /** Logical ids of the resources of the given type, in template order. */
    public List<String> resourcesOfType(String type) {
        List<String> ids = new ArrayList<>();
        resources().forEach((id, resource) -> {
            if (resource instanceof Map<?, ?> map && type.equals(map.get("Type"))) {
                ids.add(id);
            }
        });
        return ids;
    }

    public Map<String, Object> globalFunction() {
        Object function = section("Globals").get("Function");
        return function instanceof Map<?, ?> ? cast(function) : Map.of();
    }

    /** A function property, falling back to Globals.Function as SAM does. */
    public Optional<Object> functionProperty(String logicalId, String name) {
        Object own = properties(logicalId).get(name);
        return Optional.ofNullable(own != null ? own : globalFunction().get(name));
    }

    /** The function's environment variables: Globals merged with its own, the function's winning. */
    public Map<String, Object> functionEnvironment(String logicalId) {
        Map<String, Object> variables = new LinkedHashMap<>(variables(globalFunction()));
        variables.putAll(variables(properties(logicalId)));
        return variables;
    }

    /** The function's events, by name. */
    public Map<String, Map<String, Object>> events(String logicalId) {
        Map<String, Map<String, Object>> events = new LinkedHashMap<>();
        Object raw = properties(logicalId).get("Events");
        if (raw instanceof Map<?, ?> map) {
            map.forEach((name, event) -> events.put((String) name, cast(event)));
        }
        return events;
    }

    public Map<String, Object> parameters() {
        return section("Parameters");
    }

    private static Map<String, Object> variables(Map<String, Object> functionProperties) {
        if (functionProperties.get("Environment") instanceof Map<?, ?> environment
                && environment.get("Variables") instanceof Map<?, ?> variables) {
            return cast(variables);
        }
        return Map.of();
    }

    @SuppressWarnings("unchecked")
    public static <K, V> Map<K, V> cast(Object map) {
        return (Map<K, V>) map;
    }

    /** Reads {@code !Name value} as {@code {"Fn::Name": value}} ({@code {"Ref": value}} for !Ref). */
    private static final class IntrinsicConstructor extends SafeConstructor {

        IntrinsicConstructor() {
            super(new LoaderOptions());
            for (String name : INTRINSICS) {
                String key = name.equals("Ref") || name.equals("Condition") ? name : "Fn::" + name;
                this.yamlConstructors.put(new Tag("!" + name), new AbstractConstruct() {
                    @Override
                    public Object construct(Node node) {
                        Object value;
                        if (node instanceof ScalarNode scalar) {
                            String text = scalar.getValue();
                            value = name.equals("GetAtt") ? List.of(text.split("\\.", 2)) : text;
                        } else if (node instanceof SequenceNode sequence) {
                            value = constructSequence(sequence);
                        } else {
                            value = constructMapping((MappingNode) node);
                        }
                        Map<String, Object> intrinsic = new LinkedHashMap<>();
                        intrinsic.put(key, value);
                        return intrinsic;
                    }
                });
            }
        }
    }
}
