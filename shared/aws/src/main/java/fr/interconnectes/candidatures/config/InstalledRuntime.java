package fr.interconnectes.candidatures.config;

import java.time.Clock;
import java.util.Map;
import java.util.ServiceLoader;

/** The runtime of this container, found when first asked for (class initialisation makes it once and thread-safe). */
final class InstalledRuntime {

    static final FunctionRuntime CURRENT = ServiceLoader
            .load(FunctionRuntime.class, FunctionRuntime.class.getClassLoader())
            .findFirst()
            .orElse(new ProcessRuntime());

    private InstalledRuntime() {
    }

    /** Lambda's: the environment the container was started with, real time in UTC. */
    private record ProcessRuntime() implements FunctionRuntime {

        @Override
        public Map<String, String> environment() {
            return System.getenv();
        }

        @Override
        public Clock clock() {
            return Clock.systemUTC();
        }
    }
}
