package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code sam deploy} would create, read from template.yaml for this JVM: every function with its
 * handler and environment, every HttpApi route and every Schedule, and the SNS and DynamoDB stream subscriptions.
 */
public final class LocalDeployment {

    private static final String PARAMETER_SUFFIX = "_PARAMETER";

    private final Map<String, LocalFunction> functions;
    private final List<HttpRoute> routes;
    private final List<LocalSchedule> schedules;
    private final List<LocalFunction> snsSubscribers;
    private final List<LocalTableStream.Subscription> streamSubscriptions;

    private LocalDeployment(Map<String, LocalFunction> functions, List<HttpRoute> routes,
                            List<LocalSchedule> schedules, List<LocalFunction> snsSubscribers,
                            List<LocalTableStream.Subscription> streamSubscriptions) {
        this.functions = functions;
        this.routes = routes;
        this.schedules = schedules;
        this.snsSubscribers = snsSubscribers;
        this.streamSubscriptions = streamSubscriptions;
    }

    /**
     * @param awsEnvironment what points the SDK at the emulators (region, credentials, endpoints), added
     *                       to each function's own environment as the Lambda service adds its variables
     */
    public static LocalDeployment of(SamTemplate template, LocalNames names, Map<String, String> awsEnvironment) {
        return of(template, names, awsEnvironment, Map.of());
    }

    /**
     * @param parameterStore the local stand-in for SSM Parameter Store (name to value): a function given the name of
     *                       a parameter in {@code X_PARAMETER} gets its value in {@code X}, as if it had read it
     */
    public static LocalDeployment of(SamTemplate template, LocalNames names, Map<String, String> awsEnvironment,
                                     Map<String, String> parameterStore) {
        Map<String, LocalFunction> functions = new LinkedHashMap<>();
        List<HttpRoute> routes = new ArrayList<>();
        List<LocalSchedule> schedules = new ArrayList<>();
        List<LocalFunction> snsSubscribers = new ArrayList<>();
        List<LocalTableStream.Subscription> streamSubscriptions = new ArrayList<>();
        for (String logicalId : template.resourcesOfType("AWS::Serverless::Function")) {
            Map<String, String> environment = new LinkedHashMap<>();
            template.functionEnvironment(logicalId).forEach((name, value) -> environment.put(name, names.resolve(value)));
            environment.remove("JAVA_TOOL_OPTIONS");
            Map.copyOf(environment).forEach((name, value) -> {
                if (name.endsWith(PARAMETER_SUFFIX) && parameterStore.containsKey(value)) {
                    environment.put(name.substring(0, name.length() - PARAMETER_SUFFIX.length()), parameterStore.get(value));
                }
            });
            environment.putAll(awsEnvironment);
            environment.put("AWS_LAMBDA_FUNCTION_NAME", logicalId);
            String handler = template.functionProperty(logicalId, "Handler").map(Object::toString)
                    .orElseThrow(() -> new IllegalStateException(logicalId + " has no Handler"));
            int memory = template.functionProperty(logicalId, "MemorySize").map(v -> Integer.parseInt(v.toString())).orElse(128);
            int timeout = template.functionProperty(logicalId, "Timeout").map(v -> Integer.parseInt(v.toString())).orElse(3);
            LocalFunction function = new LocalFunction(logicalId, handler.split("::")[0], environment, memory, timeout);
            functions.put(logicalId, function);
            template.events(logicalId).forEach((eventName, event) -> {
                Map<String, Object> properties = SamTemplate.cast(event.getOrDefault("Properties", Map.of()));
                switch (String.valueOf(event.get("Type"))) {
                    case "HttpApi" -> routes.add(route(template, function, properties));
                    case "Schedule", "ScheduleV2" -> {
                        String expression = String.valueOf(properties.containsKey("Schedule")
                                ? properties.get("Schedule") : properties.get("ScheduleExpression"));
                        boolean enabled = !Boolean.FALSE.equals(properties.get("Enabled"))
                                && !"DISABLED".equals(properties.get("State"));
                        schedules.add(new LocalSchedule(logicalId, eventName, ScheduleExpression.parse(expression),
                                expression, enabled, function));
                    }
                    // no SNS locally: the local tools hand these functions the events a topic would
                    case "SNS" -> snsSubscribers.add(function);
                    // no stream in dynalite: LocalTableStream hands these functions the records a stream would
                    case "DynamoDB" -> streamSubscriptions.add(subscription(function, properties));
                    default -> {
                        // other event sources are not emulated locally
                    }
                }
            });
        }
        for (String mapping : template.resourcesOfType("AWS::Lambda::EventSourceMapping")) {
            Map<String, Object> properties = template.properties(mapping);
            LocalFunction function = functions.get(mappedFunction(properties.get("FunctionName")));
            if (function != null && isTableStream(properties.get("EventSourceArn"))) {
                streamSubscriptions.add(subscription(function, properties));
            }
        }
        routes.sort(Comparator.comparingInt(HttpRoute::specificity).reversed());
        return new LocalDeployment(functions, List.copyOf(routes), List.copyOf(schedules),
                List.copyOf(snsSubscribers), List.copyOf(streamSubscriptions));
    }

    private static LocalTableStream.Subscription subscription(LocalFunction function, Map<String, Object> properties) {
        List<String> patterns = new ArrayList<>();
        if (properties.get("FilterCriteria") instanceof Map<?, ?> criteria
                && criteria.get("Filters") instanceof List<?> filters) {
            for (Object filter : filters) {
                if (filter instanceof Map<?, ?> map && map.get("Pattern") instanceof String pattern) {
                    patterns.add(pattern);
                }
            }
        }
        // Lambda's default batch size for a DynamoDB stream
        return new LocalTableStream.Subscription(function,
                Integer.parseInt(String.valueOf(properties.getOrDefault("BatchSize", 100))), patterns);
    }

    /** The function an event source mapping invokes: {@code !Ref F}, {@code !Ref F.Alias} or {@code !GetAtt F.Arn}. */
    private static String mappedFunction(Object functionName) {
        if (functionName instanceof Map<?, ?> ref && ref.get("Ref") instanceof String id) {
            return id.endsWith(".Alias") ? id.substring(0, id.length() - ".Alias".length()) : id;
        }
        if (functionName instanceof Map<?, ?> getAtt && getAtt.get("Fn::GetAtt") instanceof List<?> parts
                && !parts.isEmpty()) {
            return String.valueOf(parts.get(0));
        }
        return String.valueOf(functionName);
    }

    /** {@code !GetAtt Table.StreamArn}: a DynamoDB table's stream (not a queue's or a Kinesis stream's ARN). */
    private static boolean isTableStream(Object eventSourceArn) {
        return eventSourceArn instanceof Map<?, ?> getAtt && getAtt.get("Fn::GetAtt") instanceof List<?> parts
                && parts.size() == 2 && "StreamArn".equals(parts.get(1));
    }

    private static HttpRoute route(SamTemplate template, LocalFunction function, Map<String, Object> properties) {
        String method = HttpRoute.normaliseMethod(String.valueOf(properties.getOrDefault("Method", "ANY")));
        String path = String.valueOf(properties.getOrDefault("Path", "/{proxy+}"));
        String api = properties.get("ApiId") instanceof Map<?, ?> ref && ref.get("Ref") instanceof String id ? id : null;
        Map<?, ?> apiAuth = api != null && template.properties(api).get("Auth") instanceof Map<?, ?> auth ? auth : Map.of();
        String authorizer = apiAuth.get("DefaultAuthorizer") instanceof String name ? name : null;
        List<String> scopes = null;
        if (properties.get("Auth") instanceof Map<?, ?> authMap) {
            if (authMap.get("Authorizer") != null) {
                authorizer = String.valueOf(authMap.get("Authorizer"));
            }
            if (authMap.get("AuthorizationScopes") instanceof List<?> list) {
                scopes = list.stream().map(String::valueOf).toList();
            }
        }
        if ("NONE".equals(authorizer)) {
            authorizer = null;
        }
        if (authorizer != null && scopes == null
                && apiAuth.get("Authorizers") instanceof Map<?, ?> authorizers
                && authorizers.get(authorizer) instanceof Map<?, ?> declared
                && declared.get("AuthorizationScopes") instanceof List<?> list) {
            // SAM gives a route without AuthorizationScopes those of its authorizer
            scopes = list.stream().map(String::valueOf).toList();
        }
        return new HttpRoute(method, path, function, authorizer,
                authorizer == null || scopes == null ? List.of() : scopes);
    }

    public Map<String, LocalFunction> functions() {
        return functions;
    }

    public List<HttpRoute> routes() {
        return routes;
    }

    public List<LocalSchedule> schedules() {
        return schedules;
    }

    /** The functions an SNS event of the template subscribes to a topic. */
    public List<LocalFunction> snsSubscribers() {
        return snsSubscribers;
    }

    /**
     * The functions subscribed to a table's stream: by a DynamoDB event of the function, or by an
     * {@code AWS::Lambda::EventSourceMapping} on a table's {@code StreamArn}.
     */
    public List<LocalTableStream.Subscription> streamSubscriptions() {
        return streamSubscriptions;
    }
}
