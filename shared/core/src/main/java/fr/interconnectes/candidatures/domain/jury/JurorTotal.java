package fr.interconnectes.candidatures.domain.jury;

import java.util.Objects;

/**
 * One juror's total for one dossier. {@code raw} is the weighted mean of the juror's criterion scores;
 * {@code value} is what the ranking used: {@code raw} itself, or its normalised value when the ranking
 * normalises. {@code comment} is the juror's comment on the sheet, possibly {@code null}.
 */
public record JurorTotal(String jurorId, double raw, double value, String comment) {

    public JurorTotal {
        Objects.requireNonNull(jurorId, "jurorId");
    }
}
