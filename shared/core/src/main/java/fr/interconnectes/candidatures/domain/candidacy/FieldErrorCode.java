package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;

/**
 * The stable codes of a faulty field of the application form, with their message in French and in English.
 * Clients switch on {@link #code()} ({@code required}, {@code too_long}...); people read the message.
 *
 * <p>Message arguments may be {@link LocalizedText} (resolved in each language) or plain values; numbers are
 * passed as strings by the callers so that no locale grouping turns 1900 into "1 900".
 */
public enum FieldErrorCode {
    REQUIRED("Ce champ est obligatoire.", "This field is required."),
    TOO_LONG("Ce champ ne doit pas dépasser {0} caractères.", "This field must not exceed {0} characters."),
    TOO_SHORT("Ce champ doit contenir au moins {0} caractères.", "This field must contain at least {0} characters."),
    INVALID_EMAIL("Adresse e-mail invalide (format attendu : nom@domaine.fr).",
            "Invalid email address (expected format: name@domain.com)."),
    INVALID_PHONE("Numéro de téléphone invalide : un numéro français est attendu, par exemple 01 23 45 67 89 ou +33 1 23 45 67 89.",
            "Invalid phone number: a French number is expected, for example 01 23 45 67 89 or +33 1 23 45 67 89."),
    INVALID_SIREN("Numéro SIREN invalide : 9 chiffres avec une clé de contrôle correcte sont attendus.",
            "Invalid SIREN number: 9 digits with a correct check digit are expected."),
    INVALID_SIRET("Numéro SIRET invalide : 14 chiffres avec une clé de contrôle correcte sont attendus.",
            "Invalid SIRET number: 14 digits with a correct check digit are expected."),
    SIRET_MISMATCH("Le SIRET ne correspond pas au SIREN indiqué : ses 9 premiers chiffres doivent être le SIREN.",
            "The SIRET does not match the SIREN given: its first 9 digits must be the SIREN."),
    INVALID_ENUM("Valeur non acceptée. Valeurs possibles : {0}.", "Value not accepted. Possible values: {0}."),
    INVALID_URL("Adresse web invalide : une adresse complète commençant par http:// ou https:// est attendue.",
            "Invalid web address: a full address starting with http:// or https:// is expected."),
    INVALID_YEAR("Année invalide : un nombre entier de {0} à {1} est attendu.",
            "Invalid year: a whole number from {0} to {1} is expected."),
    UNKNOWN_FIELD("Champ inconnu : il n’est pas attendu à cet endroit pour ce type de candidature.",
            "Unknown field: it is not expected here for this kind of application."),
    WRONG_TYPE("Type de valeur incorrect : {0} est attendu.", "Wrong value type: {0} is expected.");

    /** Argument of {@link #WRONG_TYPE}: a JSON string. */
    public static final LocalizedText A_STRING = new LocalizedText("une chaîne de caractères", "a string");
    /** Argument of {@link #WRONG_TYPE}: a JSON object. */
    public static final LocalizedText AN_OBJECT = new LocalizedText("un objet", "an object");
    /** Argument of {@link #WRONG_TYPE}: a JSON integer. */
    public static final LocalizedText AN_INTEGER = new LocalizedText("un nombre entier", "an integer");

    private final String french;
    private final String english;

    FieldErrorCode(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /** The stable snake_case code, e.g. {@code invalid_email}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public LocalizedText message(Object... arguments) {
        return new LocalizedText(format(Language.FR, arguments), format(Language.EN, arguments));
    }

    /** The field error for the JSON path {@code field}. */
    public FieldError at(String field, Object... arguments) {
        return new FieldError(field, code(), message(arguments));
    }

    private String format(Language language, Object... arguments) {
        Object[] resolved = Arrays.stream(arguments)
                .map(a -> a instanceof LocalizedText text ? text.in(language) : a)
                .toArray();
        // MessageFormat treats ' as a quote: the French texts use the typographic apostrophe (’) instead.
        return new MessageFormat(language == Language.EN ? english : french,
                language == Language.EN ? Locale.ENGLISH : Locale.FRENCH).format(resolved);
    }
}
