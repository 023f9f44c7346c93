package fr.interconnectes.candidatures.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** A use case said no, with the code a client would switch on. */
public final class Refusals {

    private Refusals() {
    }

    /** Runs {@code call}, which must be refused with {@code code}; the refusal is returned for more checks. */
    public static DomainException refused(ErrorCode code, ThrowingCallable call) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("refused with %s", code.code()).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }
}
