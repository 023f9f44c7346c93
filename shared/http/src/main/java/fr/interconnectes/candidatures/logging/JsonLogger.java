package fr.interconnectes.candidatures.logging;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.time.Instant;

/**
 * One JSON object per line on standard output, as CloudWatch (LoggingConfig JSON) expects. One logger per
 * class. Callers pass named fields, never a whole request or response body, and never a secret.
 */
public final class JsonLogger {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final PrintStream OUT = System.out;

    private final String loggerName;

    private JsonLogger(String loggerName) {
        this.loggerName = loggerName;
    }

    public static JsonLogger of(Class<?> owner) {
        return new JsonLogger(owner.getName());
    }

    public void info(String message, Object... keyValues) {
        write("INFO", message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        write("WARN", message, null, keyValues);
    }

    public void error(String message, Throwable error, Object... keyValues) {
        write("ERROR", message, error, keyValues);
    }

    private void write(String level, String message, Throwable error, Object... keyValues) {
        ObjectNode line = MAPPER.createObjectNode();
        line.put("timestamp", Instant.now().toString());
        line.put("level", level);
        line.put("logger", loggerName);
        line.put("message", message);
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            line.putPOJO(String.valueOf(keyValues[i]), keyValues[i + 1] == null ? null : String.valueOf(keyValues[i + 1]));
        }
        if (error != null) {
            line.put("errorType", error.getClass().getName());
            line.put("errorMessage", String.valueOf(error.getMessage()));
        }
        synchronized (OUT) {
            OUT.println(line);
        }
    }
}
