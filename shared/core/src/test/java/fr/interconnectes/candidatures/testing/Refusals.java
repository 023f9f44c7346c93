package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.FieldError;
import java.util.List;

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
