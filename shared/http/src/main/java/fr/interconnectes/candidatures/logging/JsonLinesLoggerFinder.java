package fr.interconnectes.candidatures.logging;

import java.util.ResourceBundle;

/**
 * Writes the core's {@link System.Logger} events as {@link JsonLines}, when the JVM finds this finder: registered
 * as a service, it is found wherever this module is on the system class path (the local runner, the tests).
 * Levels below {@code INFO} are left out, as {@link JsonLogger} has none.
 */
public final class JsonLinesLoggerFinder extends System.LoggerFinder {

    private final JsonLines lines;

    public JsonLinesLoggerFinder() {
        this(JsonLines.STANDARD_OUTPUT);
    }

    JsonLinesLoggerFinder(JsonLines lines) {
        this.lines = lines;
    }

    @Override
    public System.Logger getLogger(String name, Module module) {
        return new JsonLinesLogger(name, lines);
    }

    private record JsonLinesLogger(String name, JsonLines lines) implements System.Logger {

        @Override
        public String getName() {
            return name;
        }

        @Override
        public boolean isLoggable(Level level) {
            return level != Level.OFF && level.getSeverity() >= Level.INFO.getSeverity();
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            if (isLoggable(level)) {
                lines.event(levelName(level), name, localized(bundle, message), null, thrown);
            }
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... parameters) {
            if (isLoggable(level)) {
                lines.event(levelName(level), name, localized(bundle, format), parameters, null);
            }
        }

        private static String levelName(Level level) {
            return switch (level) {
                case WARNING -> "WARN";
                case ERROR -> "ERROR";
                default -> "INFO";
            };
        }

        private static String localized(ResourceBundle bundle, String message) {
            return bundle != null && message != null && bundle.containsKey(message) ? bundle.getString(message) : message;
        }
    }
}
