package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.dossiers.OptimisticWrite;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.function.UnaryOperator;

/**
 * Writes jury records the {@link OptimisticWrite} way. A record removed meanwhile by an organiser means the juror
 * is no longer assigned.
 */
record JuryRecordWriter(JuryRecords juryRecords) {

    /** @param change returns the record to store, or the same instance to store nothing */
    JuryRecord apply(JuryRecord loaded, UnaryOperator<JuryRecord> change) {
        return OptimisticWrite.apply(loaded, change, juryRecords::save,
                () -> juryRecords.find(loaded.candidacyId(), loaded.jurorId())
                        .orElseThrow(() -> new DomainException(ErrorCode.NOT_ASSIGNED)));
    }
}
