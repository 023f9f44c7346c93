package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.PeopleDates;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import java.time.Instant;
import java.util.function.Supplier;

/** The server clock alone decides: a write received at or before the deadline is in time. */
public final class Deadlines {

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

    /**
     * {@code write}, with a refusal for the deadline counted: wherever in the write the deadline is checked (the
     * dossier's own deadline, a campaign's), the refusal the applicant sees is what is counted.
     */
    public static <T> T counted(Metrics metrics, Metric.DeadlineRefused.Operation operation, Supplier<T> write) {
        try {
            return write.get();
        } catch (DomainException e) {
            if (e.code() == ErrorCode.DEADLINE_PASSED) {
                metrics.record(new Metric.DeadlineRefused(operation));
            }
            throw e;
        }
    }
}
