package fr.interconnectes.candidatures.local.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What template.yaml must hold so that nothing fails unseen (issue #13): tracing on every function, two alarms per
 * function (errors, throttles), the API's 5xx rate and p99 latency alarms, a retry policy and a dead-letter queue on
 * every schedule, an on-failure destination on every function invoked asynchronously, a depth alarm on every queue,
 * and every alarm telling someone. Each problem names the resource and the defect; empty means fine.
 *
 * <p>The alarms are written with {@code Fn::ForEach} (AWS::LanguageExtensions): the checks read the resources as
 * CloudFormation writes the loops out ({@link #expandedResources}).
 */
final class ObservabilityChecker {

    static final String ALARM = "AWS::CloudWatch::Alarm";
    static final String QUEUE = "AWS::SQS::Queue";
    private static final String FOR_EACH = "Fn::ForEach::";
    /** The event sources that invoke a function asynchronously. */
    private static final Set<String> ASYNC_SOURCES = Set.of("Schedule", "ScheduleV2", "SNS", "S3", "EventBridgeRule",
            "CloudWatchEvent");
    private static final Set<String> SCHEDULES = Set.of("Schedule", "ScheduleV2");
    private static final Set<String> STREAMS = Set.of("DynamoDB", "Kinesis");

    private final SamTemplate template;
    private final Map<String, Map<String, Object>> resources;

    ObservabilityChecker(SamTemplate template) {
        this.template = Objects.requireNonNull(template);
        this.resources = expandedResources(template);
    }

    List<String> problems() {
        List<String> problems = new ArrayList<>();
        problems.addAll(tracingProblems());
        problems.addAll(functionAlarmProblems());
        problems.addAll(apiAlarmProblems());
        problems.addAll(scheduleProblems());
        problems.addAll(asyncFailureProblems());
        problems.addAll(streamProblems());
        problems.addAll(queueAlarmProblems());
        problems.addAll(alarmActionProblems());
        return problems;
    }

    /** X-Ray active tracing on every function, its own or from Globals.Function. */
    List<String> tracingProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(TemplateChecker.FUNCTION)) {
            Object tracing = template.functionProperty(id, "Tracing").orElse(null);
            if (!"Active".equals(tracing)) {
                problems.add(id + ": Tracing must be Active (its own or Globals.Function), found " + tracing);
            }
        }
        return problems;
    }

    /** Every function: an alarm on its AWS/Lambda Errors and one on its Throttles. */
    List<String> functionAlarmProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(TemplateChecker.FUNCTION)) {
            for (String metric : List.of("Errors", "Throttles")) {
                if (alarmsOn("AWS/Lambda", metric, "FunctionName", Map.of("Ref", id)).isEmpty()) {
                    problems.add(id + ": no alarm on its AWS/Lambda " + metric);
                }
            }
        }
        return problems;
    }

    /** Every HTTP API: an alarm on its 5xx (a rate, with the request count) and one on its p99 latency. */
    List<String> apiAlarmProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(TemplateChecker.HTTP_API)) {
            Map<String, Object> api = Map.of("Ref", id);
            if (alarmsOn("AWS/ApiGateway", "5xx", "ApiId", api).stream().noneMatch(
                    alarm -> !metricStats(alarm, "AWS/ApiGateway", "Count", "ApiId", api).isEmpty())) {
                problems.add(id + ": no alarm on its 5xx rate (5xx over Count)");
            }
            if (alarmsOn("AWS/ApiGateway", "Latency", "ApiId", api).stream()
                    .noneMatch(alarm -> "p99".equals(properties(alarm).get("ExtendedStatistic")))) {
                problems.add(id + ": no alarm on its p99 Latency");
            }
        }
        return problems;
    }

    /** Every Schedule event: a RetryPolicy and a DeadLetterConfig. */
    List<String> scheduleProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(TemplateChecker.FUNCTION)) {
            template.events(id).forEach((name, event) -> {
                if (SCHEDULES.contains(event.get("Type"))) {
                    Map<String, Object> properties = map(event.get("Properties"));
                    for (String required : List.of("RetryPolicy", "DeadLetterConfig")) {
                        if (!(properties.get(required) instanceof Map<?, ?>)) {
                            problems.add(id + " event " + name + ": no " + required);
                        }
                    }
                }
            });
        }
        return problems;
    }

    /** Every function invoked asynchronously (schedules, SNS...): an on-failure destination. */
    List<String> asyncFailureProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(TemplateChecker.FUNCTION)) {
            boolean async = template.events(id).values().stream().anyMatch(e -> ASYNC_SOURCES.contains(e.get("Type")));
            Object destination = map(map(map(template.properties(id).get("EventInvokeConfig"))
                    .get("DestinationConfig")).get("OnFailure")).get("Destination");
            if (async && destination == null) {
                problems.add(id + ": invoked asynchronously but EventInvokeConfig.DestinationConfig.OnFailure has no"
                        + " Destination");
            }
        }
        return problems;
    }

    /**
     * Every stream event source (DynamoDB, Kinesis): a record that fails is handed back alone (partial batch
     * response, and a failing batch split), retried a bounded number of times, then kept in a queue rather than
     * dropped; and the stream would otherwise stall behind it.
     */
    List<String> streamProblems() {
        List<String> problems = new ArrayList<>();
        for (String id : template.resourcesOfType(TemplateChecker.FUNCTION)) {
            template.events(id).forEach((name, event) -> {
                if (STREAMS.contains(event.get("Type"))) {
                    problems.addAll(streamProblems(id + " event " + name, map(event.get("Properties"))));
                }
            });
        }
        for (String id : template.resourcesOfType("AWS::Lambda::EventSourceMapping")) {
            Map<String, Object> properties = template.properties(id);
            if (String.valueOf(properties.get("EventSourceArn")).contains("StreamArn")) {
                problems.addAll(streamProblems(id, properties));
            }
        }
        return problems;
    }

    private static List<String> streamProblems(String source, Map<String, Object> properties) {
        List<String> problems = new ArrayList<>();
        if (!(properties.get("FunctionResponseTypes") instanceof List<?> types)
                || !types.contains("ReportBatchItemFailures")) {
            problems.add(source + ": no ReportBatchItemFailures");
        }
        if (!Boolean.TRUE.equals(properties.get("BisectBatchOnFunctionError"))) {
            problems.add(source + ": BisectBatchOnFunctionError is not true");
        }
        if (!(properties.get("MaximumRetryAttempts") instanceof Number retries) || retries.intValue() < 0) {
            problems.add(source + ": MaximumRetryAttempts is not bounded");
        }
        if (map(map(properties.get("DestinationConfig")).get("OnFailure")).get("Destination") == null) {
            problems.add(source + ": DestinationConfig.OnFailure has no Destination");
        }
        return problems;
    }

    /** Every queue (those of the template and those SAM makes for the schedules): an alarm on its depth. */
    List<String> queueAlarmProblems() {
        List<String> queues = new ArrayList<>();
        resources.forEach((id, resource) -> {
            if (QUEUE.equals(resource.get("Type"))) {
                queues.add(id);
            }
        });
        for (String function : template.resourcesOfType(TemplateChecker.FUNCTION)) {
            for (Map<String, Object> event : template.events(function).values()) {
                Object queue = map(map(event.get("Properties")).get("DeadLetterConfig")).get("QueueLogicalId");
                if (queue instanceof String name) {
                    queues.add(name);
                }
            }
        }
        List<String> problems = new ArrayList<>();
        for (String queue : queues) {
            if (alarmsOn("AWS/SQS", "ApproximateNumberOfMessagesVisible", "QueueName",
                    Map.of("Fn::GetAtt", List.of(queue, "QueueName"))).isEmpty()) {
                problems.add(queue + ": no alarm on its depth (AWS/SQS ApproximateNumberOfMessagesVisible)");
            }
        }
        return problems;
    }

    /** An alarm that tells no one is not one. */
    List<String> alarmActionProblems() {
        List<String> problems = new ArrayList<>();
        resources.forEach((id, resource) -> {
            if (ALARM.equals(resource.get("Type")) && !(properties(resource).get("AlarmActions") instanceof List<?> actions
                    && !actions.isEmpty())) {
                problems.add(id + ": AlarmActions is empty or missing");
            }
        });
        return problems;
    }

    // ---------------------------------------------------------------- reading alarms

    /** The alarms watching {@code namespace}/{@code metric} with the dimension {@code name} = {@code value}. */
    private List<Map<String, Object>> alarmsOn(String namespace, String metric, String name, Object value) {
        List<Map<String, Object>> alarms = new ArrayList<>();
        for (Map<String, Object> resource : resources.values()) {
            if (ALARM.equals(resource.get("Type"))
                    && (watches(properties(resource), namespace, metric, name, value)
                    || !metricStats(resource, namespace, metric, name, value).isEmpty())) {
                alarms.add(resource);
            }
        }
        return alarms;
    }

    /** The alarm's metric math inputs on that metric and dimension. */
    private static List<Object> metricStats(Map<String, Object> alarm, String namespace, String metric, String name,
                                            Object value) {
        List<Object> found = new ArrayList<>();
        if (properties(alarm).get("Metrics") instanceof List<?> metrics) {
            for (Object query : metrics) {
                Map<String, Object> watched = map(map(map(query).get("MetricStat")).get("Metric"));
                if (watches(watched, namespace, metric, name, value)) {
                    found.add(query);
                }
            }
        }
        return found;
    }

    private static boolean watches(Map<String, Object> metric, String namespace, String name, String dimension,
                                   Object value) {
        if (!namespace.equals(metric.get("Namespace")) || !name.equals(metric.get("MetricName"))
                || !(metric.get("Dimensions") instanceof List<?> dimensions)) {
            return false;
        }
        return dimensions.stream().map(ObservabilityChecker::map)
                .anyMatch(d -> dimension.equals(d.get("Name")) && value.equals(d.get("Value")));
    }

    // ---------------------------------------------------------------- Fn::ForEach

    /**
     * The resources, each {@code Fn::ForEach::Name: [Identifier, [values...], {key: fragment}]} written out as
     * CloudFormation does: one copy of the fragment per value, {@code ${Identifier}} replaced in keys and strings; then
     * a {@code Fn::Sub} left with nothing to substitute reads as its text (so {@code !Ref {Fn::Sub: XFunction}} is
     * {@code !Ref XFunction}).
     */
    static Map<String, Map<String, Object>> expandedResources(SamTemplate template) {
        Map<String, Map<String, Object>> expanded = new LinkedHashMap<>();
        template.resources().forEach((key, value) -> {
            if (key.startsWith(FOR_EACH) && value instanceof List<?> loop && loop.size() == 3) {
                String identifier = (String) loop.get(0);
                for (Object item : (List<?>) loop.get(1)) {
                    map(loop.get(2)).forEach((name, fragment) -> expanded.put(
                            substitute(name, identifier, (String) item), map(substitute(fragment, identifier,
                                    (String) item))));
                }
            } else if (value instanceof Map<?, ?>) {
                expanded.put(key, map(value));
            }
        });
        return expanded;
    }

    private static String substitute(String text, String identifier, String value) {
        return text.replace("${" + identifier + "}", value).replace("&{" + identifier + "}", value);
    }

    private static Object substitute(Object node, String identifier, String value) {
        if (node instanceof String text) {
            return substitute(text, identifier, value);
        }
        if (node instanceof List<?> list) {
            return list.stream().map(element -> substitute(element, identifier, value)).toList();
        }
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(substitute((String) k, identifier, value), substitute(v, identifier, value)));
            if (copy.size() == 1 && copy.get("Fn::Sub") instanceof String text && !text.contains("${")) {
                return text;
            }
            return copy;
        }
        return node;
    }

    private static Map<String, Object> properties(Map<String, Object> resource) {
        return map(resource.get("Properties"));
    }

    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> ? SamTemplate.cast(value) : Map.of();
    }
}
