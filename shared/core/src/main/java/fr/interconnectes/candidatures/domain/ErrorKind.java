package fr.interconnectes.candidatures.domain;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * A stable machine code a client may meet, with its message pattern in French and in English. The rules'
 * codes are {@link ErrorCode}; the http module adds those of the transport (malformed JSON, media type…).
 * Each kind is an enum constant: its code is its name in lower case.
 */
public interface ErrorKind {

    /** The enum constant's name, e.g. {@code DEADLINE_PASSED}. */
    String name();

    /** The {@link MessageFormat} patterns in French and in English (quotes doubled: {@code n''est}). */
    LocalizedText patterns();

    /** The code clients switch on, e.g. {@code deadline_passed}. */
    default String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The {@link MessageFormat} pattern in {@code language}. */
    default String pattern(Language language) {
        return patterns().in(language);
    }

    default String message(Language language, Object... arguments) {
        return new MessageFormat(pattern(language), language == Language.EN ? Locale.ENGLISH : Locale.FRENCH)
                .format(arguments);
    }
}
