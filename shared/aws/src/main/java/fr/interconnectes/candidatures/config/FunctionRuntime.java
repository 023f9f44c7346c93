package fr.interconnectes.candidatures.config;

import java.time.Clock;
import java.util.Map;

/**
 * Where a function finds its configuration and the time. On Lambda these are the process environment and
 * the system clock. A host that runs functions differently (the local runner hosts them all in one JVM)
 * registers its own in {@code META-INF/services}; the deployed artifact registers none.
 */
public interface FunctionRuntime {

    /** The variables template.yaml declares for the function running on this thread. */
    Map<String, String> environment();

    /** The clock that alone decides deadlines. */
    Clock clock();

    /** The registered runtime, else the process's; looked up once per container, on first use. */
    static FunctionRuntime current() {
        return InstalledRuntime.CURRENT;
    }
}
