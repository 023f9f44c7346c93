package fr.interconnectes.candidatures.logging;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
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
        String line = line(level, logger, message, error, keyValues);
        synchronized (out) {
            out.println(line);
        }
    }

    /** Written with the streaming generator: a logger must not cost a cold start an ObjectMapper. */
    private static String line(String level, String logger, String message, Throwable error, Object... keyValues) {
        StringWriter text = new StringWriter(160);
        try (JsonGenerator json = StreamingJson.factory().createGenerator(text)) {
            json.writeStartObject();
            json.writeStringField("timestamp", Instant.now().toString());
            json.writeStringField("level", level);
            json.writeStringField("logger", logger);
            json.writeStringField("message", message);
            String metric = null;
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                String key = String.valueOf(keyValues[i]);
                String value = keyValues[i + 1] == null ? null : String.valueOf(keyValues[i + 1]);
                json.writeStringField(key, value);
                if (METRIC.equals(key) && value != null) {
                    metric = value;
                }
            }
            if (error != null) {
                json.writeStringField("errorType", error.getClass().getName());
                json.writeStringField("errorMessage", String.valueOf(error.getMessage()));
            }
            if (metric != null) {
                embedMetric(json, metric);
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** CloudWatch's embedded metric format: the line itself is one count of {@code name}. */
    private static void embedMetric(JsonGenerator json, String name) throws IOException {
        json.writeObjectFieldStart("_aws");
        json.writeNumberField("Timestamp", Instant.now().toEpochMilli());
        json.writeArrayFieldStart("CloudWatchMetrics");
        json.writeStartObject();
        json.writeStringField("Namespace", NAMESPACE);
        json.writeArrayFieldStart("Dimensions");
        json.writeStartArray();
        json.writeEndArray();
        json.writeEndArray();
        json.writeArrayFieldStart("Metrics");
        json.writeStartObject();
        json.writeStringField("Name", name);
        json.writeStringField("Unit", "Count");
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeNumberField(name, 1);
    }

    void flush() {
        out.flush();
    }
}
