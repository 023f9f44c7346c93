package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.time.Instant;

/** Rules every applicant write shares. */
public final class CandidacyRules {

    private CandidacyRules() {
    }

    /** A dossier the applicant opened with its link, its campaign, and when the request was received. */
    public record Opened(Candidacy candidacy, Campaign campaign, Instant receivedAt) {
    }

    /** The applicant's own dossier, whatever its status, with its campaign. */
    public static Opened open(ApplicantAccess access, Campaigns campaigns, String candidacyId, String authorization,
                              ReceivedAt received, Clock clock) {
        Instant receivedAt = received.instant(clock);
        Candidacy loaded = access.open(candidacyId, authorization);
        Campaign campaign = campaigns.require(loaded.campaignId());
        return new Opened(loaded, campaign, receivedAt);
    }

    /** A dossier the applicant is about to change: theirs, still open to changes, and before its deadline. */
    public static Opened openForWrite(ApplicantAccess access, Campaigns campaigns, String candidacyId,
                                      String authorization, ReceivedAt received, Clock clock) {
        Opened opened = open(access, campaigns, candidacyId, authorization, received, clock);
        requireEditable(opened.candidacy());
        Deadlines.requireOpen(opened.campaign(), opened.candidacy(), opened.receivedAt());
        return opened;
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
