package fr.interconnectes.candidatures.domain;

import java.util.List;

/** A rule said no. Carries a stable code, the message arguments and, for validation, each faulty field. */
public class DomainException extends RuntimeException {

    private final ErrorCode code;
    private final transient Object[] arguments;
    private final List<FieldError> fieldErrors;

    public DomainException(ErrorCode code, Object... arguments) {
        this(code, List.of(), arguments);
    }

    public DomainException(ErrorCode code, List<FieldError> fieldErrors, Object... arguments) {
        super(code.code());
        this.code = code;
        this.arguments = arguments.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorCode code() {
        return code;
    }

    public String message(Language language) {
        return code.message(language, arguments);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
