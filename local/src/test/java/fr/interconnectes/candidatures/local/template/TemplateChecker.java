package fr.interconnectes.candidatures.local.template;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
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

/**
 * Checks template.yaml before any deployment does, for what cfn-lint (CfnLintTest) cannot see: what this project
 * relies on (Java handlers on the class path, the explicit HTTP API, the runtime the build targets on arm64...).
 * Every check returns human-readable problems, each naming the resource and the defect; empty means fine.
 */
final class TemplateChecker {

    static final String FUNCTION = "AWS::Serverless::Function";
    static final String HTTP_API = "AWS::Serverless::HttpApi";

    private static final Set<String> ENVIRONMENT_INTRINSICS = Set.of("Ref", "Fn::GetAtt", "Fn::Sub", "Fn::If");
    private static final Pattern HANDLER = Pattern.compile("([\\p{javaJavaIdentifierPart}.$]+)::(\\p{javaJavaIdentifierPart}+)");

    private final SamTemplate template;

    TemplateChecker(SamTemplate template) {
        this.template = Objects.requireNonNull(template);
    }

    /**
     * The checks cfn-lint does not do (it runs in CfnLintTest and checks SAM's schema, policy templates and
     * references): they need the class path or are this project's rules.
     */
    List<String> projectProblems() {
        List<String> problems = new ArrayList<>();
        problems.addAll(handlerProblems());
        problems.addAll(httpApiProblems());
        problems.addAll(runtimeProblems());
        problems.addAll(policyPresenceProblems());
        problems.addAll(environmentProblems());
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

    /** Each environment variable (Globals.Function's and each function's own) is a string or !Ref/!GetAtt/!Sub/!If. */
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
                problems.add(owner + ": environment variable " + name + " must be a string or !Ref/!GetAtt/!Sub/!If, found "
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
