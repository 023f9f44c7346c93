package fr.interconnectes.candidatures.logging;

import com.fasterxml.jackson.core.JsonGenerator;
import fr.interconnectes.candidatures.domain.Correlation;
import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;

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
 * <p>Every line names the request it serves ({@code requestId}, the correlation id): the one bound by
 * {@link Correlation} around the call (API Gateway's request id; the id that recorded a mail while the outbox sends it),
 * unless the event names one itself. Metrics are lines of their own (the aws module's {@code EmfMetrics}).
 */
final class JsonLines {

    static final JsonLines STANDARD_OUTPUT = new JsonLines(System.out);

    static final String REQUEST_ID = "requestId";

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
            boolean named = false;
            for (int i = 0; i + 1 < keyValues.length; i += 2) {
                String key = String.valueOf(keyValues[i]);
                json.writeStringField(key, keyValues[i + 1] == null ? null : String.valueOf(keyValues[i + 1]));
                named |= REQUEST_ID.equals(key);
            }
            if (!named) {
                Optional<String> requestId = Correlation.requestId();
                if (requestId.isPresent()) {
                    json.writeStringField(REQUEST_ID, requestId.get());
                }
            }
            if (error != null) {
                json.writeStringField("errorType", error.getClass().getName());
                json.writeStringField("errorMessage", String.valueOf(error.getMessage()));
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    void flush() {
        out.flush();
    }
}
