package fr.interconnectes.candidatures.logging;

import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Writes java.util.logging records as {@link JsonLines}. This is where the core's {@link System.Logger} events land
 * in Lambda: the runtime loads the function's jar apart from the system class path, so the JVM does not see
 * {@link JsonLinesLoggerFinder} and falls back on java.util.logging.
 */
final class JsonLinesHandler extends Handler {

    private final JsonLines lines;

    JsonLinesHandler(JsonLines lines) {
        this.lines = lines;
    }

    /** Replaces the root logger's console handler (plain text on standard error) with JSON lines. */
    static synchronized void routeJavaUtilLogging() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof JsonLinesHandler) {
                return;
            }
        }
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        root.addHandler(new JsonLinesHandler(JsonLines.STANDARD_OUTPUT));
    }

    @Override
    public void publish(LogRecord record) {
        if (record == null || !isLoggable(record)) {
            return;
        }
        lines.event(levelName(record.getLevel()), record.getLoggerName(), record.getMessage(), record.getParameters(),
                record.getThrown());
    }

    private static String levelName(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return "ERROR";
        } else if (value >= Level.WARNING.intValue()) {
            return "WARN";
        }
        return value >= Level.INFO.intValue() ? "INFO" : "DEBUG";
    }

    @Override
    public void flush() {
        lines.flush();
    }

    @Override
    public void close() {
    }
}
