package fr.interconnectes.candidatures.local.template;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.networknt.schema.Error;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks template.yaml before any deployment does: against SAM's own schema and policy templates, and against
 * what this project relies on (Java handlers on the class path, the explicit HTTP API, the runtime the build targets on arm64...).
 * Every check returns human-readable problems, each naming the resource and the defect; empty means fine.
 */
final class TemplateChecker {

    static final String FUNCTION = "AWS::Serverless::Function";
    static final String HTTP_API = "AWS::Serverless::HttpApi";

    /** CloudFormation's pseudo parameters: valid !Ref targets that the template does not declare. */
    static final Set<String> PSEUDO_PARAMETERS = Set.of(
            "AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue", "AWS::Partition", "AWS::Region",
            "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");

    private static final Set<String> ENVIRONMENT_INTRINSICS = Set.of("Ref", "Fn::GetAtt", "Fn::Sub");
    private static final Pattern HANDLER = Pattern.compile("([\\p{javaJavaIdentifierPart}.$]+)::(\\p{javaJavaIdentifierPart}+)");
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^}]*)}");

    private final SamTemplate template;

    TemplateChecker(SamTemplate template) {
        this.template = Objects.requireNonNull(template);
    }

    /** Every check. */
    List<String> allProblems(SamSpec spec) {
        List<String> problems = new ArrayList<>();
        problems.addAll(schemaProblems(spec));
        problems.addAll(policyTemplateProblems(spec));
        problems.addAll(projectProblems());
        return problems;
    }

    /** The checks that need no SAM spec, only the template and the class path. */
    List<String> projectProblems() {
        List<String> problems = new ArrayList<>();
        problems.addAll(handlerProblems());
        problems.addAll(httpApiProblems());
        problems.addAll(referenceProblems());
        problems.addAll(runtimeProblems());
        problems.addAll(policyPresenceProblems());
        problems.addAll(environmentProblems());
        return problems;
    }

    // ---------------------------------------------------------------- 1. the SAM JSON schema

    /**
     * Each resource against the schema definition of its Type, each event of a resource against the definition
     * of the event's Type, and Globals against the Globals definition.
     */
    List<String> schemaProblems(SamSpec spec) {
        List<String> problems = new ArrayList<>();
        List<String> resourceDefinitions = refsOf(spec.schema().path("properties").path("Resources")
                .path("additionalProperties").path("anyOf"));
        template.resources().forEach((id, raw) -> {
            if (!(raw instanceof Map<?, ?> resource)) {
                problems.add(id + ": a resource must be a mapping, found " + describe(raw));
                return;
            }
            if (!(resource.get("Type") instanceof String type)) {
                problems.add(id + ": the resource has no Type");
                return;
            }
            Optional<String> definition = definitionForType(spec, resourceDefinitions, type);
            if (definition.isEmpty()) {
                problems.add(id + ": no definition of the SAM schema accepts Type " + type);
                return;
            }
            JsonNode node = SamSpec.JSON.valueToTree(resource);
            List<String> eventDefinitions = eventDefinitions(spec, definition.get());
            // The events are checked one by one below against the definition their Type selects; left in, a
            // bad event would surface here as an anyOf failure listing every event kind SAM has.
            if (!eventDefinitions.isEmpty() && node.path("Properties").path("Events").isObject()) {
                ((ObjectNode) node.get("Properties")).remove("Events");
                problems.addAll(eventProblems(spec, id, eventDefinitions));
            }
            for (Error error : spec.validate(definition.get(), node)) {
                problems.add(id + " (" + type + ")" + describe(error));
            }
        });
        Object globals = template.root().get("Globals");
        if (globals != null) {
            Optional<String> definition = refOf(spec.schema().path("properties").path("Globals"));
            if (definition.isEmpty()) {
                problems.add("Globals: the SAM schema has no Globals definition");
            } else {
                for (Error error : spec.validate(definition.get(), SamSpec.JSON.valueToTree(globals))) {
                    problems.add("Globals" + describe(error));
                }
            }
        }
        return problems;
    }

    private List<String> eventProblems(SamSpec spec, String id, List<String> eventDefinitions) {
        List<String> problems = new ArrayList<>();
        events(id).forEach((name, raw) -> {
            String where = id + " event " + name;
            if (!(raw instanceof Map<?, ?> event)) {
                problems.add(where + ": an event must be a mapping, found " + describe(raw));
                return;
            }
            if (!(event.get("Type") instanceof String type)) {
                problems.add(where + ": the event has no Type");
                return;
            }
            Optional<String> definition = definitionForType(spec, eventDefinitions, type);
            if (definition.isEmpty()) {
                problems.add(where + ": unknown event Type " + type);
                return;
            }
            for (Error error : spec.validate(definition.get(), SamSpec.JSON.valueToTree(event))) {
                problems.add(where + " (" + type + ")" + describe(error));
            }
        });
        return problems;
    }

    /** The event definitions that the Events property of a resource definition accepts (none for most types). */
    private static List<String> eventDefinitions(SamSpec spec, String resourceDefinition) {
        JsonNode properties = spec.definitions().path(resourceDefinition).path("properties").path("Properties");
        return refOf(properties)
                .map(name -> refsOf(spec.definitions().path(name).path("properties").path("Events")
                        .path("additionalProperties").path("anyOf")))
                .orElse(List.of());
    }

    /**
     * The candidate whose {@code properties.Type.enum} holds {@code type}; failing that, one whose
     * {@code properties.Type.pattern} matches it (the catch-all for plain CloudFormation types).
     */
    private static Optional<String> definitionForType(SamSpec spec, List<String> candidates, String type) {
        String byPattern = null;
        for (String candidate : candidates) {
            JsonNode typeSchema = spec.definitions().path(candidate).path("properties").path("Type");
            if (SamSpec.names(typeSchema.get("enum")).contains(type)) {
                return Optional.of(candidate);
            }
            if (byPattern == null && typeSchema.has("pattern") && matches(typeSchema.get("pattern").asString(), type)) {
                byPattern = candidate;
            }
        }
        return Optional.ofNullable(byPattern);
    }

    private static boolean matches(String regex, String value) {
        try {
            return Pattern.compile(regex).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    private static Optional<String> refOf(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null && schema.path("allOf").size() == 1) {
            ref = schema.get("allOf").get(0).get("$ref");
        }
        return ref == null ? Optional.empty() : Optional.of(ref.asString().replaceFirst("^#/definitions/", ""));
    }

    private static List<String> refsOf(JsonNode anyOf) {
        List<String> names = new ArrayList<>();
        anyOf.forEach(alternative -> refOf(alternative).ifPresent(names::add));
        return names;
    }

    private static String describe(Error error) {
        String location = error.getInstanceLocation() == null ? "" : error.getInstanceLocation().toString();
        return " at " + location + ": " + error.getMessage();
    }

    // ---------------------------------------------------------------- 2. SAM policy templates

    /**
     * Each policy template used in a function's Policies: SAM must know its name, and it must be given exactly
     * the template's parameters. Managed policy names (plain strings), policy documents (with a Statement) and
     * intrinsics are not templates and are left alone.
     */
    List<String> policyTemplateProblems(SamSpec spec) {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            List<Object> policies = asList(template.properties(id).get("Policies"));
            for (int i = 0; i < policies.size(); i++) {
                if (!(policies.get(i) instanceof Map<?, ?> entry) || entry.containsKey("Statement") || isIntrinsic(entry)) {
                    continue;
                }
                String where = id + " Policies[" + i + "]";
                if (entry.size() != 1) {
                    problems.add(where + ": a policy template entry has exactly one key (the template name), found "
                            + entry.keySet());
                    continue;
                }
                Map.Entry<?, ?> only = entry.entrySet().iterator().next();
                String name = String.valueOf(only.getKey());
                Optional<Set<String>> expected = spec.policyTemplateParameters(name);
                if (expected.isEmpty()) {
                    problems.add(where + ": unknown SAM policy template " + name);
                    continue;
                }
                if (!(only.getValue() instanceof Map<?, ?> given)) {
                    problems.add(where + ": the parameters of policy template " + name
                            + " must be a mapping ({} when it has none), found " + describe(only.getValue()));
                    continue;
                }
                Set<String> givenNames = new TreeSet<>();
                given.keySet().forEach(key -> givenNames.add(String.valueOf(key)));
                Set<String> missing = new TreeSet<>(expected.get());
                missing.removeAll(givenNames);
                Set<String> extra = new TreeSet<>(givenNames);
                extra.removeAll(expected.get());
                if (!missing.isEmpty()) {
                    problems.add(where + ": policy template " + name + " misses parameter(s) " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(where + ": policy template " + name + " has unknown parameter(s) " + extra
                            + " (expected " + new TreeSet<>(expected.get()) + ")");
                }
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- 3. handlers

    /**
     * Each function's Handler (own or from Globals.Function) names a concrete public class of the class path
     * that implements RequestStreamHandler (the function binds its own events, so the runtime's serializer never
     * loads), has a public no-arg constructor (the Lambda runtime's way of making it)
     * and a public method of the name after "::".
     */
    List<String> handlerProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            Object handler = template.functionProperty(id, "Handler").orElse(null);
            if (!(handler instanceof String text)) {
                problems.add(id + ": no Handler (neither its own nor in Globals.Function), found " + describe(handler));
                continue;
            }
            Matcher matcher = HANDLER.matcher(text);
            if (!matcher.matches()) {
                problems.add(id + ": Handler " + text + " is not of the form fully.qualified.Class::method");
                continue;
            }
            problems.addAll(handlerClassProblems(id, text, matcher.group(1), matcher.group(2)));
        }
        return problems;
    }

    private static List<String> handlerClassProblems(String id, String handler, String className, String method) {
        Class<?> type;
        try {
            // initialize=false: only the class's shape matters here; its static setup may expect Lambda's env.
            type = Class.forName(className, false, TemplateChecker.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            return List.of(id + ": Handler " + handler + " names class " + className
                    + " that is not on the class path (" + e + ")");
        }
        List<String> problems = new ArrayList<>();
        String prefix = id + ": Handler class " + className;
        if (!RequestStreamHandler.class.isAssignableFrom(type)) {
            problems.add(prefix + " does not implement " + RequestStreamHandler.class.getName());
        }
        if (!Modifier.isPublic(type.getModifiers())) {
            problems.add(prefix + " is not public");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            problems.add(prefix + " is abstract: the runtime cannot instantiate it");
        }
        try {
            type.getConstructor();
        } catch (NoSuchMethodException e) {
            problems.add(prefix + " has no public no-arg constructor");
        }
        boolean hasMethod = Arrays.stream(type.getMethods()).map(Method::getName).anyMatch(method::equals);
        if (!hasMethod) {
            problems.add(prefix + " has no public method " + method);
        }
        return problems;
    }

    // ---------------------------------------------------------------- 4. project rules

    /**
     * Each HttpApi event names, through ApiId: !Ref, the template's own AWS::Serverless::HttpApi; without ApiId SAM
     * would attach the route to an implicit API that lacks our CORS configuration.
     */
    List<String> httpApiProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            events(id).forEach((name, raw) -> {
                if (!(raw instanceof Map<?, ?> event) || !"HttpApi".equals(event.get("Type"))) {
                    return; // not an HttpApi event; a malformed one is the schema check's business
                }
                String where = id + " event " + name;
                Object apiId = event.get("Properties") instanceof Map<?, ?> properties ? properties.get("ApiId") : null;
                if (!(apiId instanceof Map<?, ?> ref && ref.size() == 1 && ref.get("Ref") instanceof String target)) {
                    problems.add(where + ": ApiId must be !Ref to an " + HTTP_API + " of the template, found "
                            + describe(apiId));
                    return;
                }
                Optional<String> type = template.resourceType(target);
                if (!type.equals(Optional.of(HTTP_API))) {
                    problems.add(where + ": ApiId refs " + target + ", which is "
                            + type.map(t -> "a " + t).orElse("no resource of the template") + ", not an " + HTTP_API);
                }
            });
        }
        return problems;
    }

    /**
     * Each !Ref, !GetAtt and ${...} of !Sub names a parameter, a pseudo parameter or a resource of the template
     * (!GetAtt and dotted ${A.B}: a resource). Names that SAM generates (FooFunctionRole...) are not accepted:
     * the template does not use them, and a typo would otherwise slip through.
     */
    List<String> referenceProblems() {
        List<String> problems = new ArrayList<>();
        template.root().forEach((section, value) -> {
            if (!"Parameters".equals(section)) {
                walkReferences(String.valueOf(section), value, problems);
            }
        });
        return problems;
    }

    private void walkReferences(String path, Object node, List<String> problems) {
        if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walkReferences(path + "[" + i + "]", list.get(i), problems);
            }
            return;
        }
        if (!(node instanceof Map<?, ?> map)) {
            return;
        }
        if (map.size() == 1 && map.get("Ref") instanceof String target) {
            if (!isParameterOrResource(target)) {
                problems.add(path + ": !Ref " + target + " names no parameter, pseudo parameter or resource");
            }
            return;
        }
        if (map.size() == 1 && map.containsKey("Fn::GetAtt")) {
            Object value = map.get("Fn::GetAtt");
            Object target = value instanceof List<?> parts && !parts.isEmpty() ? parts.get(0)
                    : value instanceof String text ? text.split("\\.", 2)[0] : null;
            if (!(target instanceof String resource) || !template.resources().containsKey(resource)) {
                problems.add(path + ": !GetAtt " + describe(value) + " names no resource of the template");
            }
            return;
        }
        if (map.size() == 1 && map.containsKey("Fn::Sub")) {
            checkSub(path, map.get("Fn::Sub"), problems);
            return;
        }
        map.forEach((key, value) -> walkReferences(path + "." + key, value, problems));
    }

    private void checkSub(String path, Object sub, List<String> problems) {
        String text;
        Set<String> locals = Set.of();
        if (sub instanceof String string) {
            text = string;
        } else if (sub instanceof List<?> list && list.size() == 2 && list.get(0) instanceof String string
                && list.get(1) instanceof Map<?, ?> variables) {
            text = string;
            Set<String> names = new TreeSet<>();
            variables.keySet().forEach(key -> names.add(String.valueOf(key)));
            locals = names;
            walkReferences(path + ".Fn::Sub[1]", variables, problems);
        } else {
            problems.add(path + ": !Sub must be a string or [string, {variables}], found " + describe(sub));
            return;
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        while (matcher.find()) {
            String variable = matcher.group(1);
            if (variable.startsWith("!") || locals.contains(variable)) {
                continue; // ${!Literal} is written out as is; local variables are defined beside the string
            }
            int dot = variable.indexOf('.');
            boolean known = dot < 0 ? isParameterOrResource(variable)
                    : template.resources().containsKey(variable.substring(0, dot));
            if (!known) {
                problems.add(path + ": !Sub variable ${" + variable + "} names no parameter, pseudo parameter or resource");
            }
        }
    }

    private boolean isParameterOrResource(String name) {
        return PSEUDO_PARAMETERS.contains(name) || template.parameters().containsKey(name)
                || template.resources().containsKey(name);
    }

    /**
     * Globals.Function names the Lambda runtime of the Java release the build compiles to (read from a compiled
     * class, so the template cannot lag behind {@code maven.compiler.release}) on arm64, and no function says otherwise.
     */
    List<String> runtimeProblems() {
        return runtimeProblems(COMPILED_RUNTIME);
    }

    List<String> runtimeProblems(String expectedRuntime) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> globals = template.globalFunction();
        if (!expectedRuntime.equals(globals.get("Runtime"))) {
            problems.add("Globals.Function: Runtime must be " + expectedRuntime + ", found " + describe(globals.get("Runtime")));
        }
        if (!List.of("arm64").equals(globals.get("Architectures"))) {
            problems.add("Globals.Function: Architectures must be [arm64], found " + describe(globals.get("Architectures")));
        }
        for (String id : template.resourcesOfType(FUNCTION)) {
            Object runtime = template.functionProperty(id, "Runtime").orElse(null);
            if (!expectedRuntime.equals(runtime)) {
                problems.add(id + ": Runtime must be " + expectedRuntime + ", found " + describe(runtime));
            }
            Object architectures = template.functionProperty(id, "Architectures").orElse(null);
            if (!List.of("arm64").equals(architectures)) {
                problems.add(id + ": Architectures must be [arm64], found " + describe(architectures));
            }
        }
        return problems;
    }

    /** "java25" for classes of class-file major version 69: Lambda names its Java runtimes by feature release. */
    static String lambdaRuntimeOf(Class<?> compiled) {
        try (var in = new java.io.DataInputStream(Objects.requireNonNull(
                compiled.getResourceAsStream(compiled.getSimpleName() + ".class")))) {
            in.readInt();
            in.readUnsignedShort();
            return "java" + (in.readUnsignedShort() - 44);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static final String COMPILED_RUNTIME = lambdaRuntimeOf(TemplateChecker.class);

    /** Each function states its permissions: at least one entry in Policies (least privilege, written down). */
    List<String> policyPresenceProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(FUNCTION)) {
            if (asList(template.properties(id).get("Policies")).isEmpty()) {
                problems.add(id + ": Policies is empty or missing; every function declares its permissions");
            }
        }
        return problems;
    }

    /** Each environment variable (Globals.Function's and each function's own) is a string or !Ref/!GetAtt/!Sub. */
    List<String> environmentProblems() {
        List<String> problems = new ArrayList<>();
        environmentProblems("Globals.Function", template.globalFunction(), problems);
        for (String id : template.resourcesOfType(FUNCTION)) {
            environmentProblems(id, template.properties(id), problems);
        }
        return problems;
    }

    private static void environmentProblems(String owner, Map<String, Object> properties, List<String> problems) {
        if (!(properties.get("Environment") instanceof Map<?, ?> environment)
                || !(environment.get("Variables") instanceof Map<?, ?> variables)) {
            return;
        }
        variables.forEach((name, value) -> {
            boolean fine = value instanceof String
                    || value instanceof Map<?, ?> map && map.size() == 1
                    && ENVIRONMENT_INTRINSICS.contains(String.valueOf(map.keySet().iterator().next()));
            if (!fine) {
                problems.add(owner + ": environment variable " + name + " must be a string or !Ref/!GetAtt/!Sub, found "
                        + describe(value));
            }
        });
    }

    // ---------------------------------------------------------------- helpers

    /**
     * The resource's events as written: unlike {@link SamTemplate#events(String)}, a malformed event (not a
     * mapping) stays visible as such instead of failing with a ClassCastException.
     */
    private Map<String, Object> events(String id) {
        Object events = template.properties(id).get("Events");
        return events instanceof Map<?, ?> map ? SamTemplate.cast(map) : Map.of();
    }

    private static boolean isIntrinsic(Map<?, ?> map) {
        if (map.size() != 1) {
            return false;
        }
        String key = String.valueOf(map.keySet().iterator().next());
        return key.equals("Ref") || key.startsWith("Fn::");
    }

    /** SAM accepts a single value wherever it accepts a list (Policies: - X or Policies: X). */
    private static List<Object> asList(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?> list) {
            return new ArrayList<>(list);
        }
        if (value instanceof Map<?, ?> map && map.isEmpty()) {
            return List.of();
        }
        return List.of(value);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "nothing";
        }
        return value + " (" + value.getClass().getSimpleName() + ")";
    }
}
