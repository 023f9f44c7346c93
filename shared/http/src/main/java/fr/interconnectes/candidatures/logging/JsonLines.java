package fr.interconnectes.candidatures.logging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;

/**
 * One JSON object per line on standard output, as CloudWatch (LoggingConfig JSON) expects: {@code timestamp},
 * {@code level} ({@code INFO}, {@code WARN} or {@code ERROR}), {@code logger}, {@code message}, the event's named
 * fields, and {@code errorType}, {@code errorMessage} when it reports an error. Every log API of the functions
 * writes through it: {@link JsonLogger}, and {@link System.Logger} by way of {@link JsonLinesLoggerFinder} or
 * {@link JsonLinesHandler}.
 *
 * <p>An event's parameters are its fields, as name, value, name, value…; a {@link Throwable} left over at the end
 * is the error. Only a message written for {@link MessageFormat} ({@code {0}}) takes its parameters in the text
 * instead, as java.util.logging would.
 *
 * <p>An event with a {@value #METRIC} field also counts as one of that metric in CloudWatch: the line carries the
 * embedded metric format's {@code _aws} block (namespace {@value #NAMESPACE}, no dimension) and the metric's value 1.
 */
final class JsonLines {

    static final JsonLines STANDARD_OUTPUT = new JsonLines(System.out);

    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String METRIC = "metric";
    static final String NAMESPACE = "Candidatures";

    private final PrintStream out;

    JsonLines(PrintStream out) {
        this.out = out;
    }

    /** An event from a logging API: parameters as described above. */
    void event(String level, String logger, String message, Object[] parameters, Throwable thrown) {
        Object[] fields = parameters == null ? new Object[0] : parameters;
        if (message != null && fields.length > 0 && message.contains("{0")) {
            write(level, logger, MessageFormat.format(message, fields), thrown);
            return;
        }
        Throwable error = thrown;
        if (fields.length % 2 == 1 && fields[fields.length - 1] instanceof Throwable last) {
            error = error == null ? last : error;
            fields = Arrays.copyOf(fields, fields.length - 1);
        }
        write(level, logger, message, error, fields);
    }

    void write(String level, String logger, String message, Throwable error, Object... keyValues) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("logger", logger);
        line.put("message", message);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.put(String.valueOf(keyValues[i]), keyValues[i + 1] == null ? null : String.valueOf(keyValues[i + 1]));
        }
        if (error != null) {
            line.put("errorType", error.getClass().getName());
            line.put("errorMessage", String.valueOf(error.getMessage()));
        }
        if (line.hasNonNull(METRIC)) {
            embedMetric(line, line.get(METRIC).asText());
        }
        synchronized (out) {
            out.println(line);
        }
    }

    /** CloudWatch's embedded metric format: the line itself is one count of {@code name}. */
    private static void embedMetric(ObjectNode line, String name) {
        ObjectNode aws = line.putObject("_aws");
        aws.put("Timestamp", Instant.now().toEpochMilli());
        ObjectNode directive = aws.putArray("CloudWatchMetrics").addObject();
        directive.put("Namespace", NAMESPACE);
        directive.putArray("Dimensions").addArray();
        directive.putArray("Metrics").addObject().put("Name", name).put("Unit", "Count");
        line.put(name, 1);
    }

    void flush() {
        out.flush();
    }
}
