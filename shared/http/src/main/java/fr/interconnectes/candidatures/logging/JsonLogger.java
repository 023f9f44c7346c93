package fr.interconnectes.candidatures.logging;

/**
 * One JSON object per line on standard output (see {@link JsonLines}), for the handlers and the local runner. One
 * logger per class. Callers pass named fields, never a whole request or response body, and never a secret.
 */
public final class JsonLogger {

    static {
        // every handler holds a JsonLogger, so the core's System.Logger events are routed before the first one
        JsonLinesHandler.routeJavaUtilLogging();
    }

    private final String loggerName;

    private JsonLogger(String loggerName) {
        this.loggerName = loggerName;
    }

    public static JsonLogger of(Class<?> owner) {
        return new JsonLogger(owner.getName());
    }

    public void info(String message, Object... keyValues) {
        JsonLines.STANDARD_OUTPUT.write("INFO", loggerName, message, null, keyValues);
    }

    public void warn(String message, Object... keyValues) {
        JsonLines.STANDARD_OUTPUT.write("WARN", loggerName, message, null, keyValues);
    }

    public void error(String message, Throwable error, Object... keyValues) {
        JsonLines.STANDARD_OUTPUT.write("ERROR", loggerName, message, error, keyValues);
    }
}
