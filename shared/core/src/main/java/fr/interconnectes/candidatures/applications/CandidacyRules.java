package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;

/** Rules every applicant write shares. */
public final class CandidacyRules {

    private CandidacyRules() {
    }

    /** A dossier the applicant is about to change: theirs, still open to changes, and before its deadline. */
    public record Opened(Candidacy candidacy, Campaign campaign, java.time.Instant receivedAt) {
    }

    public static Opened openForWrite(ApplicantAccess access, Campaigns campaigns, String candidacyId, String authorization,
                               java.time.Clock clock) {
        java.time.Instant receivedAt = clock.instant();
        Candidacy loaded = access.open(candidacyId, authorization);
        Campaign campaign = campaigns.require(loaded.campaignId());
        requireEditable(loaded);
        Deadlines.requireOpen(campaign, loaded, receivedAt);
        return new Opened(loaded, campaign, receivedAt);
    }

    /** Drafts and submitted dossiers may change; withdrawn and expired ones are closed. */
    public static void requireEditable(Candidacy candidacy) {
        if (candidacy.status() == CandidacyStatus.WITHDRAWN) {
            throw new DomainException(ErrorCode.CANDIDACY_WITHDRAWN);
        }
        if (candidacy.status() == CandidacyStatus.EXPIRED) {
            throw new DomainException(ErrorCode.CANDIDACY_EXPIRED);
        }
    }
}
