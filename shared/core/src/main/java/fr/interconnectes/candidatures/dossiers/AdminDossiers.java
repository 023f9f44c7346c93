package fr.interconnectes.candidatures.dossiers;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;

/** Loading a dossier and its campaign for an organiser or a juror, and the states the jury works in. */
public final class AdminDossiers {

    private AdminDossiers() {
    }

    /** Juries hear submitted dossiers only: not drafts, nor withdrawn or expired ones. */
    public static void requireSubmitted(Candidacy candidacy) {
        if (candidacy.status() != CandidacyStatus.SUBMITTED) {
            throw new DomainException(ErrorCode.NOT_SUBMITTED);
        }
    }

    /** Once the applicant was told the decision, the jury's record of the dossier no longer changes. */
    public static void requireDecisionNotSent(Candidacy candidacy) {
        if (candidacy.decision() != null && !candidacy.decision().pending()) {
            throw new DomainException(ErrorCode.DECISION_ALREADY_SENT);
        }
    }
}
