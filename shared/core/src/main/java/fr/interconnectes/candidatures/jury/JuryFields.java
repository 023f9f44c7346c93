package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;

/**
 * The faults of a score sheet against the campaign's grid: the form's stable codes, plus the grid's own. The
 * faults of the request's shape are the http module's.
 */
final class JuryFields {

    private JuryFields() {
    }

    static FieldError required(String field) {
        return FieldErrorCode.REQUIRED.at(field);
    }

    static FieldError notAWholeNumber(String field) {
        return FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.AN_INTEGER);
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
}
