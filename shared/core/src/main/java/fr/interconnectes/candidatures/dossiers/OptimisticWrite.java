package fr.interconnectes.candidatures.dossiers;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Applies a change to the freshest stored version of a record, writing it only if nobody wrote in between (its
 * revision), and starting over from a fresh read when somebody did. A change that throws writes nothing. Dossiers
 * ({@link CandidacyWriter}) and jury records are written this way.
 *
 * <p>Writers that collide would collide again if they retried at once: each one waits a random while first ("full
 * jitter", growing with the attempts), which spreads a burst of concurrent requests on one record over time. Only
 * after {@link #ATTEMPTS} collisions (a few seconds of waits at most, far below the functions' timeout) does the request give up with 409
 * {@code concurrent_modification}, which tells the client when to try again.
 */
public final class OptimisticWrite {

    public static final int ATTEMPTS = 16;
    static final Duration FIRST_WAIT = Duration.ofMillis(8);
    static final Duration LONGEST_WAIT = Duration.ofMillis(400);

    /** Waits between two attempts; tests replace the sleeping. */
    @FunctionalInterface
    interface Pause {
        void sleep(Duration duration);

        Pause THREAD_SLEEP = duration -> {
            try {
                Thread.sleep(duration);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
            }
        };
    }

    private OptimisticWrite() {
    }

    /**
     * @param change returns the record to store, or the same instance to store nothing
     * @param write  stores the record if it is still at its revision, or throws {@link Candidacies.StaleRevision}
     * @param reload the record as stored now, after another write came first
     */
    public static <T> T apply(T loaded, UnaryOperator<T> change, UnaryOperator<T> write, Supplier<T> reload) {
        return apply(loaded, change, write, reload, Pause.THREAD_SLEEP);
    }

    static <T> T apply(T loaded, UnaryOperator<T> change, UnaryOperator<T> write, Supplier<T> reload, Pause pause) {
        T current = loaded;
        for (int attempt = 1; ; attempt++) {
            T changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                return write.apply(changed);
            } catch (Candidacies.StaleRevision stale) {
                if (attempt >= ATTEMPTS) {
                    throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
                }
                pause.sleep(jitteredWait(attempt));
                current = reload.get();
            }
        }
    }

    /** A random wait between zero and {@code FIRST_WAIT × 2^(attempt-1)}, capped at {@link #LONGEST_WAIT}. */
    static Duration jitteredWait(int attempt) {
        long ceiling = Math.min(LONGEST_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(attempt - 1, 20));
        return Duration.ofMillis(ThreadLocalRandom.current().nextLong(ceiling + 1));
    }
}
