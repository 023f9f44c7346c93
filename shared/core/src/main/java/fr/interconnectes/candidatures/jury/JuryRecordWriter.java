package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.function.UnaryOperator;

/**
 * Applies a change to the freshest stored jury record, writing it only if nobody wrote in between (its
 * revision), and starting over from a fresh read when somebody did. A change that throws writes nothing.
 */
record JuryRecordWriter(JuryRecords juryRecords) {

    static final int ATTEMPTS = 6;

    /** @param change returns the record to store, or the same instance to store nothing */
    JuryRecord apply(JuryRecord loaded, UnaryOperator<JuryRecord> change) {
        JuryRecord current = loaded;
        for (int attempt = 1; ; attempt++) {
            JuryRecord changed = change.apply(current);
            if (changed == current) {
                return current;
            }
            try {
                return juryRecords.save(changed);
            } catch (Candidacies.StaleRevision stale) {
                if (attempt >= ATTEMPTS) {
                    throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
                }
                // removed meanwhile by an organiser: the juror is no longer assigned
                current = juryRecords.find(loaded.candidacyId(), loaded.jurorId())
                        .orElseThrow(() -> new DomainException(ErrorCode.NOT_ASSIGNED));
            }
        }
    }
}
