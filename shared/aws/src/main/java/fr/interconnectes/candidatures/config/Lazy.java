package fr.interconnectes.candidatures.config;

import java.util.Objects;
import java.util.function.Supplier;
import org.crac.Context;
import org.crac.Resource;

/**
 * A value built on first use, then kept: a function that may never touch S3 or SES on a given container
 * does not pay for building its client (and its TLS set-up) at cold start.
 */
public final class Lazy<T> implements Supplier<T>, Resource {

    private final Supplier<? extends T> build;
    private volatile T value;

    private Lazy(Supplier<? extends T> build) {
        this.build = Objects.requireNonNull(build, "build");
    }

    public static <T> Lazy<T> of(Supplier<? extends T> build) {
        return new Lazy<>(build);
    }

    @Override
    public T get() {
        T current = value;
        if (current == null) {
            synchronized (this) {
                current = value;
                if (current == null) {
                    current = Objects.requireNonNull(build.get(), "built value");
                    value = current;
                }
            }
        }
        return current;
    }

    /**
     * This value, built before the SnapStart snapshot is taken: a restored container finds it ready, while a container
     * started without SnapStart still builds it on first use only.
     */
    public Lazy<T> builtBeforeSnapshot() {
        SnapStart.register(this);
        return this;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
        get();
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
    }

    /** Whether the value was built (for tests of what a function builds at start). */
    public boolean isBuilt() {
        return value != null;
    }
}
