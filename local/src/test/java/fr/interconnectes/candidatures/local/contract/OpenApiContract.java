package fr.interconnectes.candidatures.local.contract;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.PathType;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The API contract, {@code api/openapi.yaml}, as the tests read it: its operations (method and path template), and
 * whether a response (status, media type, body) is one the operation declares. Bodies are validated with the
 * networknt JSON Schema validator in the OpenAPI 3.1 dialect, formats ({@code date-time}, {@code uri}…) asserted,
 * against the schema the operation's response names; their {@code $ref}s resolve inside the document.
 */
public final class OpenApiContract {

    /** Where the spec lives, relative to the project root. */
    public static final String SPEC = "api/openapi.yaml";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    private final String iri;
    private final JsonNode document;
    private final SchemaRegistry registry;
    private final List<Operation> operations;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private OpenApiContract(Path file) {
        this.iri = file.toUri().toString();
        this.document = YAMLMapper.builder().build().readTree(file.toFile());
        String json = JsonMapper.builder().build().writeValueAsString(document);
        this.registry = SchemaRegistry.withDefaultDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(iri, json))
                .schemaRegistryConfig(SchemaRegistryConfig.builder()
                        .formatAssertionsEnabled(true).pathType(PathType.JSON_PATH).build()));
        this.operations = readOperations(document);
    }

    /** The project's spec, read once for every test of the run. */
    public static OpenApiContract get() {
        return Holder.CONTRACT;
    }

    /** A spec file, for a test that checks a changed copy. */
    public static OpenApiContract load(Path file) {
        return new OpenApiContract(file);
    }

    private static final class Holder {
        static final OpenApiContract CONTRACT = new OpenApiContract(ProjectRoot.locate().resolve(SPEC));
        /** "GET /campaigns 200" for each operation and status a test's response was checked against. */
        static final Set<String> CHECKED = new java.util.concurrent.ConcurrentSkipListSet<>();

        static {
            // what the run exercised, for whoever wonders which operations no end-to-end test reaches
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    java.nio.file.Files.write(Path.of("target", "openapi-checked.txt"), CHECKED);
                } catch (java.io.IOException | RuntimeException notWritten) {
                    // a report only: the tests have passed or failed already
                }
            }));
        }
    }

    /** One operation of the spec: {@code GET /campaigns/{campaignId}} and where it sits in the document. */
    public record Operation(String method, String path, String pointer, JsonNode node) {

        public String key() {
            return method + " " + path;
        }

        /** Whether {@code rawPath} (no query) fits the template, each {@code {parameter}} one non-empty segment. */
        boolean matches(String requestMethod, String rawPath) {
            if (!method.equalsIgnoreCase(requestMethod)) {
                return false;
            }
            String[] template = path.substring(1).split("/", -1);
            String[] actual = rawPath.substring(rawPath.startsWith("/") ? 1 : 0).split("/", -1);
            if (template.length != actual.length) {
                return false;
            }
            for (int i = 0; i < template.length; i++) {
                boolean parameter = template[i].startsWith("{") && template[i].endsWith("}");
                if (parameter ? actual[i].isEmpty() : !template[i].equals(actual[i])) {
                    return false;
                }
            }
            return true;
        }

        /** Literal segments count first, as API Gateway picks the most specific route. */
        int literalSegments() {
            return (int) java.util.Arrays.stream(path.split("/")).filter(s -> !s.startsWith("{")).count();
        }

        /** The security schemes the operation names ({@code applicantToken}, {@code cognitoJwt}); none on a public one. */
        public Set<String> securitySchemes() {
            Set<String> names = new LinkedHashSet<>();
            node.path("security").forEach(requirement -> names.addAll(requirement.propertyNames()));
            return names;
        }
    }

    public List<Operation> operations() {
        return operations;
    }

    /** The operation of the spec that serves {@code method rawPath}, the most specific first. */
    public Optional<Operation> operation(String method, String rawPath) {
        return operations.stream().filter(o -> o.matches(method, rawPath)).findFirst();
    }

    /** The operation declared for exactly this method and path template. */
    public Optional<Operation> declared(String method, String pathTemplate) {
        return operations.stream()
                .filter(o -> o.method().equalsIgnoreCase(method) && o.path().equals(pathTemplate)).findFirst();
    }

    /**
     * What is wrong with this response for this operation, or nothing: a status it does not declare (nor its range,
     * nor {@code default}), a media type it does not declare, a body where it declares none, a JSON body its schema
     * refuses (each violation with its JSON path).
     */
    public List<String> violations(Operation operation, int status, String contentType, String body) {
        JsonNode responses = operation.node().path("responses");
        String key = responses.has(String.valueOf(status)) ? String.valueOf(status)
                : responses.has((status / 100) + "XX") ? (status / 100) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            return List.of("status " + status + " is not declared (declared: " + responses.propertyNames() + ")");
        }
        String pointer = operation.pointer() + "/responses/" + escape(key);
        JsonNode response = responses.path(key);
        if (response.has("$ref")) {
            pointer = response.get("$ref").asString().substring(1);
            response = document.at(pointer);
        }
        JsonNode content = response.path("content");
        boolean empty = body == null || body.isEmpty();
        if (content.isMissingNode() || content.isEmpty()) {
            return empty ? List.of() : List.of("status " + status + " declares no body, but one came: " + cut(body));
        }
        String mediaType = mediaType(contentType);
        if (!content.has(mediaType)) {
            return List.of("status " + status + " declares " + content.propertyNames() + ", not \"" + contentType + "\"");
        }
        if (!isJson(mediaType)) {
            return List.of();
        }
        if (empty) {
            return List.of("status " + status + " declares a " + mediaType + " body, but none came");
        }
        return validate(pointer + "/content/" + escape(mediaType) + "/schema", body);
    }

    /** What is wrong with a request body for this operation (its {@code requestBody}'s JSON schema), or nothing. */
    public List<String> requestViolations(Operation operation, String body) {
        JsonNode content = operation.node().path("requestBody").path("content");
        if (!content.has("application/json")) {
            return List.of(operation.key() + " declares no JSON request body");
        }
        return validate(operation.pointer() + "/requestBody/content/application~1json/schema", body);
    }

    /**
     * Fails, naming the operation and every violation, when the answer to {@code method path} is not one the spec
     * declares. A request the spec has no operation for (the local tools, the docs page, a route that does not exist)
     * has nothing to conform to.
     *
     * @param path the request's path, with or without its query string
     */
    public static void assertConforms(String method, String path, int status, String contentType, String body) {
        String rawPath = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        get().operation(method, rawPath).ifPresent(operation -> {
            List<String> violations = get().violations(operation, status, contentType, body);
            Holder.CHECKED.add(operation.key() + " " + status);
            if (!violations.isEmpty()) {
                throw new AssertionError(operation.key() + " answered " + status + " (" + method + " " + path
                        + ") in a shape " + SPEC + " does not declare:\n  - " + String.join("\n  - ", violations));
            }
        });
    }

    /** The spec's enum of error codes. */
    public Set<String> errorCodes() {
        Set<String> codes = new LinkedHashSet<>();
        document.at("/components/schemas/ErrorCode/enum").forEach(code -> codes.add(code.asString()));
        return codes;
    }

    private List<String> validate(String pointer, String json) {
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(iri + "#" + p)));
        List<com.networknt.schema.Error> errors;
        try {
            errors = schema.validate(json, InputFormat.JSON);
        } catch (RuntimeException notJson) {
            return List.of("the body is not JSON: " + cut(json));
        }
        return errors.stream().filter(error -> !consequence(error, errors)).map(Object::toString).toList();
    }

    /**
     * An {@code unevaluatedProperties} error on an object whose own part already failed: a failed subschema evaluates
     * nothing, so each of the object's properties is reported again as unevaluated. The real fault is enough (a truly
     * unknown property of that object is reported once the fault is fixed).
     */
    private static boolean consequence(com.networknt.schema.Error error, List<com.networknt.schema.Error> errors) {
        if (!"unevaluatedProperties".equals(error.getKeyword())) {
            return false;
        }
        String object = error.getInstanceLocation().toString();
        return errors.stream().anyMatch(other -> !"unevaluatedProperties".equals(other.getKeyword())
                && other.getInstanceLocation().toString().startsWith(object));
    }

    private static List<Operation> readOperations(JsonNode document) {
        List<Operation> operations = new ArrayList<>();
        for (var path : document.path("paths").properties()) {
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null) {
                    operations.add(new Operation(method.toUpperCase(Locale.ROOT), path.getKey(),
                            "/paths/" + escape(path.getKey()) + "/" + method, operation));
                }
            }
        }
        operations.sort(Comparator.comparingInt(Operation::literalSegments).reversed());
        return List.copyOf(operations);
    }

    private static String mediaType(String contentType) {
        if (contentType == null) {
            return "";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** A JSON Pointer token: {@code ~} and {@code /} escaped. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String cut(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
