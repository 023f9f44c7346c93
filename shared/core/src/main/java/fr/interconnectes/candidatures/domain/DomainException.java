package fr.interconnectes.candidatures.domain;

import java.util.List;

/** A rule said no. Carries a stable code, the message arguments and, for validation, each faulty field. */
public class DomainException extends RuntimeException {

    private final ErrorKind code;
    private final transient Object[] arguments;
    private final List<FieldError> fieldErrors;

    public DomainException(ErrorKind code, Object... arguments) {
        this(code, List.of(), arguments);
    }

    public DomainException(ErrorKind code, List<FieldError> fieldErrors, Object... arguments) {
        super(code.code());
        this.code = code;
        this.arguments = arguments.clone();
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public ErrorKind code() {
        return code;
    }

    /** The message in {@code language}; arguments that are {@link LocalizedText} are read in it too. */
    public String message(Language language) {
        Object[] localized = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            localized[i] = arguments[i] instanceof LocalizedText text ? text.in(language) : arguments[i];
        }
        return code.message(language, localized);
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
