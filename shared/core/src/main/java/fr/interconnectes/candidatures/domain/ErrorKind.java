package fr.interconnectes.candidatures.domain;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A stable machine code a client may meet, with its message pattern in French and in English. The rules'
 * codes are {@link ErrorCode}; the http module adds those of the transport (malformed JSON, media type…).
 */
public interface ErrorKind {

    /** The code clients switch on, e.g. {@code deadline_passed}. */
    String code();

    /** The {@link MessageFormat} pattern in {@code language} (quotes doubled: {@code n''est}). */
    String pattern(Language language);

    default String message(Language language, Object... arguments) {
        return new MessageFormat(pattern(language), language == Language.EN ? Locale.ENGLISH : Locale.FRENCH)
                .format(arguments);
    }
}
