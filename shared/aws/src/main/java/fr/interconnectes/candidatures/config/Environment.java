package fr.interconnectes.candidatures.config;

import java.util.Map;
import java.util.Optional;

/**
 * Reads the function's configuration (the environment that template.yaml declares).
 *
 * <p>On Lambda this is the process environment. The local runner hosts every function in one JVM, so it
 * runs each function's wiring inside {@link #runWith(Map, java.util.function.Supplier)} with that
 * function's own variables, exactly as declared in the template.
 */
public final class Environment {

    private static final ThreadLocal<Map<String, String>> OVERLAY = new ThreadLocal<>();

    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = variables;
    }

    /** The environment of the running function: the local runner's overlay, else the process's. */
    public static Environment current() {
        Map<String, String> overlay = OVERLAY.get();
        return new Environment(overlay != null ? overlay : System.getenv());
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(Map.copyOf(variables));
    }

    /** Runs {@code work} with {@code variables} as the current environment of this thread. */
    public static <T> T runWith(Map<String, String> variables, java.util.function.Supplier<T> work) {
        Map<String, String> previous = OVERLAY.get();
        OVERLAY.set(Map.copyOf(variables));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                OVERLAY.remove();
            } else {
                OVERLAY.set(previous);
            }
        }
    }

    public Optional<String> optional(String name) {
        String value = variables.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    public String required(String name) {
        return optional(name).orElseThrow(() -> new IllegalStateException(
                "Missing environment variable " + name + " (declare it in template.yaml)"));
    }
}
