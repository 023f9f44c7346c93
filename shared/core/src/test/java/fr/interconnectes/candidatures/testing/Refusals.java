package fr.interconnectes.candidatures.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** What a use case or a request's reader refused, for assertions on its code and faulty fields. */
public final class Refusals {

    private Refusals() {
    }

    /** The refusal {@code call} ends with; fails the test when it ends otherwise. */
    public static DomainException of(Runnable call) {
        try {
            call.run();
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("expected a refusal, the call went through");
    }

    /** Runs {@code call}, which must be refused with {@code code}; the refusal is returned for more checks. */
    public static DomainException refused(ErrorCode code, ThrowingCallable call) {
        DomainException refusal = catchThrowableOfType(DomainException.class, call);
        assertThat(refusal).as("refused with %s", code.code()).isNotNull();
        assertThat(refusal.code()).isEqualTo(code);
        return refusal;
    }

    /** Each faulty field as {@code "path code"}, in the order reported. */
    public static List<String> fields(DomainException refused) {
        return refused.fieldErrors().stream().map(f -> f.field() + " " + f.code()).toList();
    }

    /** The faulty field at {@code path}. */
    public static FieldError field(DomainException refused, String path) {
        return refused.fieldErrors().stream().filter(f -> f.field().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no fault at " + path + " in " + fields(refused)));
    }
}
