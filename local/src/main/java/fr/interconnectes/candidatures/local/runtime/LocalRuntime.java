package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.config.FunctionRuntime;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The runtime of functions hosted in this JVM (registered in META-INF/services, so only the local runner
 * has it): each function sees its own template.yaml environment, on whichever thread invokes it (API
 * server, scheduler), and all read the {@link LocalClock}.
 */
public final class LocalRuntime implements FunctionRuntime {

    private static final ThreadLocal<Map<String, String>> ENVIRONMENT = new ThreadLocal<>();

    /** For {@link java.util.ServiceLoader}; the state is static because the runner and the loaded instance share it. */
    public LocalRuntime() {
    }

    /** Runs {@code work} with {@code variables} as the environment of the function running on this thread. */
    public static <T> T runWith(Map<String, String> variables, Supplier<T> work) {
        Map<String, String> previous = ENVIRONMENT.get();
        ENVIRONMENT.set(Map.copyOf(variables));
        try {
            return work.get();
        } finally {
            if (previous == null) {
                ENVIRONMENT.remove();
            } else {
                ENVIRONMENT.set(previous);
            }
        }
    }

    /** The function's environment inside {@link #runWith}, else the process's (as on Lambda). */
    @Override
    public Map<String, String> environment() {
        Map<String, String> variables = ENVIRONMENT.get();
        return variables != null ? variables : System.getenv();
    }

    @Override
    public Clock clock() {
        return LocalClock.shared();
    }
}
