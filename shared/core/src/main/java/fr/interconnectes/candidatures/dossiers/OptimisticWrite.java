package fr.interconnectes.candidatures.dossiers;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.port.Candidacies;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * Applies a change to the freshest stored version of a record, writing it only if nobody wrote in between (its
 * revision), and starting over from a fresh read when somebody did. A change that throws writes nothing. Dossiers
 * ({@link CandidacyWriter}) and jury records are written this way.
 */
public final class OptimisticWrite {

    public static final int ATTEMPTS = 6;

    private OptimisticWrite() {
    }

    /**
     * @param change returns the record to store, or the same instance to store nothing
     * @param write  stores the record if it is still at its revision, or throws {@link Candidacies.StaleRevision}
     * @param reload the record as stored now, after another write came first
     */
    public static <T> T apply(T loaded, UnaryOperator<T> change, UnaryOperator<T> write, Supplier<T> reload) {
        return apply(loaded, change, (stored, changed) -> write.apply(changed), reload);
    }

    /** The same, {@code write} told the record as stored (the one the change was applied to) beside the change. */
    public static <T> T apply(T loaded, UnaryOperator<T> change, BinaryOperator<T> write, Supplier<T> reload) {
        T current = loaded;
        for (int attempt = 1; ; attempt++) {
            T changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                return write.apply(current, changed);
            } catch (Candidacies.StaleRevision stale) {
                if (attempt >= ATTEMPTS) {
                    throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
                }
                current = reload.get();
            }
        }
    }
}
