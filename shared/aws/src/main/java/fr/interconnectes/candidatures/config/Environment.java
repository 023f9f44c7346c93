package fr.interconnectes.candidatures.config;

import java.util.Map;
import java.util.Optional;

/**
 * Reads the function's configuration (the environment that template.yaml declares), as the
 * {@link FunctionRuntime} gives it.
 */
public final class Environment {

    private final Map<String, String> variables;

    private Environment(Map<String, String> variables) {
        this.variables = variables;
    }

    /** The environment of the function running on this thread. */
    public static Environment current() {
        return new Environment(FunctionRuntime.current().environment());
    }

    public static Environment of(Map<String, String> variables) {
        return new Environment(Map.copyOf(variables));
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
