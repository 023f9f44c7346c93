package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.PeopleDates;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import java.time.Instant;

/** The server clock alone decides: a write received at or before the deadline is in time. */
final class Deadlines {

    private Deadlines() {
    }

    /** @param candidacy the dossier written to, or null for a new one (then only the campaign's deadline counts) */
    static void requireOpen(Campaign campaign, Candidacy candidacy, Instant receivedAt) {
        if (receivedAt.isBefore(campaign.opensAt())) {
            throw new DomainException(ErrorCode.CAMPAIGN_NOT_OPEN,
                    PeopleDates.dateTime(campaign.opensAt(), campaign.timeZone()));
        }
        Instant deadline = candidacy == null ? campaign.closesAt() : candidacy.deadline(campaign);
        if (receivedAt.isAfter(deadline)) {
            throw new DomainException(ErrorCode.DEADLINE_PASSED, PeopleDates.dateTime(deadline, campaign.timeZone()));
        }
    }
}
