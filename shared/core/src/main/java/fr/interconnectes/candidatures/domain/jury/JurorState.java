package fr.interconnectes.candidatures.domain.jury;

import java.util.Locale;

/**
 * Where one juror stands on one dossier. Organisers read {@code assigned} / {@code scored} / {@code conflict};
 * the juror's own list says {@code to_score} for {@link #ASSIGNED} ({@link #jurorCode()}).
 */
public enum JurorState {
    ASSIGNED, SCORED, CONFLICT;

    public static JurorState of(JuryRecord record) {
        if (record.conflicted()) {
            return CONFLICT;
        }
        return record.scored() ? SCORED : ASSIGNED;
    }

    /** As organisers read it. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** As the juror reads it about their own dossiers: what is left to do. */
    public String jurorCode() {
        return this == ASSIGNED ? "to_score" : code();
    }
}
