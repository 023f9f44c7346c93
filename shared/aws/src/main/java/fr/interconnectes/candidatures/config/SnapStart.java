package fr.interconnectes.candidatures.config;

import java.util.Map;
import org.crac.Core;
import org.crac.Resource;

/**
 * Where the SnapStart hooks are registered. Only a container initialised for a snapshot (Lambda says
 * {@code AWS_LAMBDA_INITIALIZATION_TYPE=snap-start}) is ever checkpointed; on any other cold start registering would
 * only cost time and classes (org.crac wraps each resource in a reflection proxy for the runtime's own CRaC API).
 */
public final class SnapStart {

    static final String INITIALIZATION_TYPE = "AWS_LAMBDA_INITIALIZATION_TYPE";

    private SnapStart() {
    }

    /** Whether a container with this environment is being initialised for a SnapStart snapshot. */
    static boolean snapshotting(Map<String, String> environment) {
        return "snap-start".equals(environment.get(INITIALIZATION_TYPE));
    }

    /** {@code resource}'s hooks run before the snapshot and after each restore, when there will be one. */
    public static void register(Resource resource) {
        if (snapshotting(FunctionRuntime.current().environment())) {
            Core.getGlobalContext().register(resource);
        }
    }
}
