package fr.interconnectes.candidatures.config;

import fr.interconnectes.candidatures.adapter.aws.items.PrimingSamples;

/**
 * Whether the function is priming for its SnapStart snapshot: {@code beforeCheckpoint} sends one harmless request
 * through the handler's real path so that the snapshot holds its classes loaded and its clients built. While it runs,
 * the AWS clients refuse any call but a read (see {@code PrimingGuard}): priming never writes an item nor sends a
 * mail, whatever the request it sends.
 */
public final class Priming {

    /** Priming runs once per container, before any invocation: one flag for the whole JVM is enough. */
    private static volatile boolean active;

    private Priming() {
    }

    /** Runs {@code path} as priming. */
    public static void run(Runnable path) {
        active = true;
        try {
            path.run();
        } finally {
            active = false;
        }
    }

    public static boolean active() {
        return active;
    }

    /**
     * Maps an invented campaign and dossier to their items and back, in memory ({@link PrimingSamples}): what the
     * priming request, which names nothing that exists, never reaches.
     */
    public static void mapStoredSamples() {
        PrimingSamples.mapInMemory();
    }
}
