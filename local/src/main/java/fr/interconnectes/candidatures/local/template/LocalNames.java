package fr.interconnectes.candidatures.local.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves template values for the local run as CloudFormation would on deploy: {@code !Ref} of a
 * parameter gives its default, of a resource its local physical name (its explicit name property, else a
 * name derived from the logical id); {@code !Sub} and {@code !GetAtt} are expanded the same way, {@code !If} by
 * the template's Conditions.
 */
public final class LocalNames {

    /** {@code ${Name}}, or {@code ${!Literal}}: the escape that !Sub writes out as {@code ${Literal}}. */
    private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]+)}");

    private final SamTemplate template;
    private final String region;
    private final Map<String, String> parameterOverrides;

    public LocalNames(SamTemplate template, String region) {
        this(template, region, Map.of());
    }

    /** @param parameterOverrides parameter values for this run, as {@code sam local --parameter-overrides} */
    public LocalNames(SamTemplate template, String region, Map<String, String> parameterOverrides) {
        this.template = template;
        this.region = region;
        this.parameterOverrides = Map.copyOf(parameterOverrides);
    }

    public String resolve(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value.toString();
        }
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            var entry = map.entrySet().iterator().next();
            Object argument = entry.getValue();
            switch ((String) entry.getKey()) {
                case "Ref":
                    return ref((String) argument);
                case "Fn::GetAtt":
                    List<?> parts = argument instanceof List<?> list ? list : List.of(((String) argument).split("\\.", 2));
                    return getAtt((String) parts.get(0), (String) parts.get(1));
                case "Fn::Sub":
                    return sub(argument);
                case "Fn::If":
                    List<?> choice = (List<?>) argument;
                    return resolve(condition((String) choice.get(0)) ? choice.get(1) : choice.get(2));
                case "Fn::Join":
                    List<?> join = (List<?>) argument;
                    return String.join((String) join.get(0),
                            ((List<?>) join.get(1)).stream().map(this::resolve).toList());
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Cannot resolve " + value + " locally");
    }

    /** The value of one of the template's Conditions, with this run's parameter values. */
    public boolean condition(String name) {
        Object declared = template.section("Conditions").get(name);
        if (declared == null) {
            throw new IllegalArgumentException("!If names no condition of the template: " + name);
        }
        return evaluate(declared);
    }

    private boolean evaluate(Object condition) {
        if (condition instanceof Map<?, ?> map && map.size() == 1) {
            var entry = map.entrySet().iterator().next();
            List<?> arguments = entry.getValue() instanceof List<?> list ? list : List.of(entry.getValue());
            switch ((String) entry.getKey()) {
                case "Fn::Equals":
                    return resolve(arguments.get(0)).equals(resolve(arguments.get(1)));
                case "Fn::Not":
                    return !evaluate(arguments.get(0));
                case "Fn::And":
                    return arguments.stream().allMatch(this::evaluate);
                case "Fn::Or":
                    return arguments.stream().anyMatch(this::evaluate);
                case "Condition":
                    return condition((String) entry.getValue());
                default:
                    break;
            }
        }
        throw new IllegalArgumentException("Cannot evaluate the condition " + condition + " locally");
    }

    public String ref(String name) {
        switch (name) {
            case "AWS::Region":
                return region;
            case "AWS::AccountId":
                return "000000000000";
            case "AWS::Partition":
                return "aws";
            case "AWS::URLSuffix":
                return "amazonaws.com";
            case "AWS::StackName":
                return "candidatures-local";
            default:
                break;
        }
        Object parameter = template.parameters().get(name);
        if (parameterOverrides.containsKey(name) && parameter != null) {
            return parameterOverrides.get(name);
        }
        if (parameter instanceof Map<?, ?> declaration) {
            Object defaultValue = declaration.get("Default");
            if (defaultValue == null) {
                throw new IllegalArgumentException("Parameter " + name + " has no Default for the local run");
            }
            return defaultValue.toString();
        }
        String type = template.resourceType(name)
                .orElseThrow(() -> new IllegalArgumentException("!Ref to unknown " + name));
        return physicalName(name, type);
    }

    /** The local name of a table, bucket, or other resource. */
    public String physicalName(String logicalId, String type) {
        Map<String, Object> properties = template.properties(logicalId);
        Object explicit = switch (type) {
            case "AWS::DynamoDB::Table" -> properties.get("TableName");
            case "AWS::S3::Bucket" -> properties.get("BucketName");
            default -> null;
        };
        if (explicit != null) {
            return resolve(explicit);
        }
        String kebab = logicalId.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
        return "candidatures-local-" + kebab;
    }

    private String getAtt(String logicalId, String attribute) {
        String name = ref(logicalId);
        if (attribute.equals("Arn")) {
            String type = template.resourceType(logicalId).orElse("");
            return switch (type) {
                case "AWS::DynamoDB::Table" -> "arn:aws:dynamodb:" + region + ":000000000000:table/" + name;
                case "AWS::S3::Bucket" -> "arn:aws:s3:::" + name;
                default -> "arn:aws:local:" + region + ":000000000000:" + name;
            };
        }
        return name + "." + attribute;
    }

    private String sub(Object argument) {
        String text;
        Map<?, ?> variables = Map.of();
        if (argument instanceof List<?> list) {
            text = (String) list.get(0);
            variables = (Map<?, ?>) list.get(1);
        } else {
            text = (String) argument;
        }
        Matcher matcher = SUB_VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String variable = matcher.group(2);
            String value;
            if (!matcher.group(1).isEmpty()) {
                value = "${" + variable + "}";
            } else if (variables.containsKey(variable)) {
                value = resolve(variables.get(variable));
            } else if (variable.contains(".")) {
                String[] parts = variable.split("\\.", 2);
                value = getAtt(parts[0], parts[1]);
            } else {
                value = ref(variable);
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
