package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;
import java.time.Instant;

/**
 * The closing job: once a campaign's deadline has passed, its drafts become expired and their applicants
 * are told by mail. Deadlines are enforced on every request anyway; this job only tidies up and informs,
 * so running late or twice does no harm.
 */
public record CloseCampaigns(Campaigns campaigns, Candidacies candidacies, CandidacyWriter writer,
                             ApplicantNotifier notifier, Clock clock) {

    public record Closed(int campaigns, int expiredDrafts) {
    }

    public Closed execute() {
        Instant now = clock.instant();
        int closedCampaigns = 0;
        int expired = 0;
        for (Campaign campaign : campaigns.all()) {
            if (!now.isAfter(campaign.closesAt())) {
                continue;
            }
            closedCampaigns++;
            for (Candidacy draft : candidacies.findByStatus(campaign.id(), CandidacyStatus.DRAFT)) {
                if (!now.isAfter(draft.deadline(campaign))) {
                    continue; // a personal extension still runs
                }
                Candidacy stored = writer.apply(draft, current -> current.status() != CandidacyStatus.DRAFT
                        || !now.isAfter(current.deadline(campaign)) || current.erased() ? current
                        : notifier.expired(campaign, current.expired(now), now));
                if (stored.status() == CandidacyStatus.EXPIRED && draft.status() == CandidacyStatus.DRAFT) {
                    expired++;
                }
                notifier.deliver(stored);
            }
        }
        return new Closed(closedCampaigns, expired);
    }
}
