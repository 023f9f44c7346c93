package fr.interconnectes.candidatures.local.template;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP API's access log as template.yaml sets it ({@code AccessLogSettings.Format} of the
 * {@code AWS::Serverless::HttpApi}): one line per request that reaches a route, its {@code $context} variables
 * filled in with what the local API knows, {@code -} for the others, as API Gateway writes a missing value.
 */
public final class AccessLog {

    /** No access log: the template sets none. */
    public static final AccessLog NONE = new AccessLog(null, line -> { });

    /** The format is JSON: a value with a quote or a backslash (a user agent…) must not break the line. */
    private static final JsonStringEncoder JSON_TEXT = JsonStringEncoder.getInstance();
    private static final Pattern VARIABLE = Pattern.compile("\\$context\\.([A-Za-z]+(?:\\.[A-Za-z]+)*)");

    private final String format;
    private final Consumer<String> out;

    AccessLog(String format, Consumer<String> out) {
        this.format = format;
        this.out = out;
    }

    /** The access log of the template's HTTP API, written on standard output; {@link #NONE} if it has none. */
    public static AccessLog fromTemplate(SamTemplate template) {
        return fromTemplate(template, System.out::println);
    }

    static AccessLog fromTemplate(SamTemplate template, Consumer<String> out) {
        for (String api : template.resourcesOfType("AWS::Serverless::HttpApi")) {
            Object settings = template.properties(api).get("AccessLogSettings");
            if (settings instanceof Map<?, ?> map && map.get("Format") instanceof String format) {
                return new AccessLog(format.strip(), out);
            }
        }
        return NONE;
    }

    /** Writes the line of one request; {@code context} maps variable names ({@code identity.sourceIp}) to values. */
    public void write(Map<String, String> context) {
        if (format == null) {
            return;
        }
        Matcher variables = VARIABLE.matcher(format);
        StringBuilder line = new StringBuilder(format.length() + 64);
        while (variables.find()) {
            String value = context.get(variables.group(1));
            variables.appendReplacement(line, Matcher.quoteReplacement(
                    value == null || value.isEmpty() ? "-" : String.valueOf(JSON_TEXT.quoteAsString(value))));
        }
        variables.appendTail(line);
        out.accept(line.toString());
    }
}
