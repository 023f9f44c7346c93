package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;

/** The field errors of the jury's request bodies: the form's stable codes, plus the grid's own. */
final class JuryFields {

    /** Argument of {@link FieldErrorCode#WRONG_TYPE}: a JSON array. */
    static final LocalizedText AN_ARRAY = new LocalizedText("un tableau", "an array");

    private JuryFields() {
    }

    static FieldError required(String field) {
        return FieldErrorCode.REQUIRED.at(field);
    }

    static FieldError wrongType(String field, LocalizedText expected) {
        return FieldErrorCode.WRONG_TYPE.at(field, expected);
    }

    static FieldError tooLong(String field, int max) {
        return FieldErrorCode.TOO_LONG.at(field, Integer.toString(max));
    }

    static FieldError outOfRange(String field, int min, int max) {
        return new FieldError(field, "out_of_range", new LocalizedText(
                "Note hors de l’échelle : un nombre entier de " + min + " à " + max + " est attendu.",
                "Score out of the scale: a whole number from " + min + " to " + max + " is expected."));
    }

    static FieldError unknownCriterion(String field) {
        return new FieldError(field.length() > 80 ? field.substring(0, 80) : field, "unknown_field",
                new LocalizedText("Critère inconnu : il ne fait pas partie de la grille de la campagne.",
                        "Unknown criterion: it is not part of the campaign’s grid."));
    }

    static FieldError invalidJurorId(String field) {
        return new FieldError(field, "invalid_format", new LocalizedText(
                "Identifiant de juré invalide : l’identifiant (sub) de son compte est attendu.",
                "Invalid juror id: the id (sub) of their account is expected."));
    }

    static FieldError tooMany(String field, int max) {
        return new FieldError(field, "too_many", new LocalizedText(
                "Au plus " + max + " jurés par dossier.", "At most " + max + " jurors per dossier."));
    }
}
