package fr.interconnectes.candidatures.domain.candidacy;

import java.util.Locale;

/** The life of a dossier: a draft, submitted before the deadline, withdrawn by its applicant, or expired. */
public enum CandidacyStatus {
    DRAFT, SUBMITTED, WITHDRAWN, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CandidacyStatus fromCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }
}
