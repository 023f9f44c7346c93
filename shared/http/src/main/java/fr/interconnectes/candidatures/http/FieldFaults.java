package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import java.util.List;

/** The readers of requests gather every faulty field before refusing, so that clients see them all at once. */
public final class FieldFaults {

    private FieldFaults() {
    }

    /** Refuses the request with these faults, if there are any. */
    public static void throwIfAny(List<FieldError> faults) {
        if (!faults.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, faults);
        }
    }
}
