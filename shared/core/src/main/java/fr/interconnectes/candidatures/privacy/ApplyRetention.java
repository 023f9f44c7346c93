package fr.interconnectes.candidatures.privacy;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JobCheckpoints;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The retention job: erases the personal data of the dossiers past their campaign's retention period
 * ({@link RetentionPolicy}), page after page, campaign after campaign.
 *
 * <p>Each run first finishes the erasures left pending (an outage), then goes on with the pass over every
 * campaign from where the last run stopped: after each page it saves its checkpoint, so a run that crashes or
 * runs out of time loses at most the page it was on, which the next run does again (an erasure done twice erases
 * nothing more). A campaign whose selection ended less than its shortest period ago is passed over without
 * reading its dossiers. A DynamoDB outage ends the run where it is, the checkpoint before the page.
 */
public record ApplyRetention(Campaigns campaigns, Candidacies candidacies, LinkedDossiers linked,
                             DossierErasure erasure, JobCheckpoints checkpoints, Clock clock, int pageSize) {

    public static final String JOB = "retention";
    public static final int DEFAULT_PAGE_SIZE = 25;
    /** Who the audit log names for what the job does. */
    public static final Principal JOB_PRINCIPAL = new Principal("retention-job", null, Set.of(), null);

    private static final System.Logger LOG = System.getLogger(ApplyRetention.class.getName());

    /**
     * @param erased        dossiers whose erasure this run started
     * @param finished      pending erasures this run completed
     * @param pending       erasures still pending after this run
     * @param scanned       dossiers read by the pass
     * @param pages         pages read by the pass
     * @param sweepComplete the pass went through every campaign (the next run starts a new one)
     */
    public record Result(int erased, int finished, int pending, int scanned, int pages, boolean sweepComplete) {
    }

    public Result execute(Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        Instant now = clock.instant();
        Tally tally = new Tally();
        for (Candidacy left : candidacies.withErasurePending(pageSize)) {
            Candidacy after = erasure.finish(left, JOB_PRINCIPAL);
            if (after.erasure().complete()) {
                tally.finished++;
            } else {
                tally.pending++;
            }
        }

        List<Campaign> all = campaigns.all().stream().sorted(Comparator.comparing(Campaign::id)).toList();
        var checkpoint = checkpoints.find(JOB);
        Instant sweepStartedAt = checkpoint.map(JobCheckpoints.Checkpoint::sweepStartedAt).orElse(now);
        int first = checkpoint.map(c -> firstAtOrAfter(all, c.campaignId())).orElse(0);
        String cursor = checkpoint.map(JobCheckpoints.Checkpoint::cursor).orElse(null);
        for (int i = first; i < all.size(); i++) {
            Campaign campaign = all.get(i);
            if (i > first || checkpoint.isEmpty() || !campaign.id().equals(checkpoint.get().campaignId())) {
                cursor = null;
            }
            if (!anyDue(campaign, now)) {
                continue;
            }
            do {
                Candidacies.Page page;
                try {
                    page = candidacies.page(campaign.id(), cursor, pageSize);
                    for (Candidacy dossier : page.items()) {
                        tally.scanned++;
                        eraseIfDue(dossier, now, tally);
                    }
                } catch (Unavailable outage) {
                    LOG.log(Level.WARNING, "retention run stopped by an outage, resumed next run", "campaignId",
                            campaign.id(), "error", outage.getMessage());
                    return tally.result(false);
                }
                tally.pages++;
                cursor = page.next();
                String nextCampaign = cursor != null ? campaign.id() : i + 1 < all.size() ? all.get(i + 1).id() : null;
                if (nextCampaign == null) {
                    checkpoints.clear(JOB);
                } else {
                    checkpoints.save(new JobCheckpoints.Checkpoint(JOB, nextCampaign, cursor, sweepStartedAt,
                            clock.instant()));
                }
                if (System.nanoTime() > deadline && (cursor != null || i + 1 < all.size())) {
                    LOG.log(Level.INFO, "retention run out of time, resumed next run", "campaignId", campaign.id());
                    return tally.result(false);
                }
            } while (cursor != null);
        }
        checkpoints.clear(JOB);
        return tally.result(true);
    }

    /** Nothing of a campaign is due before its selection's end plus its shortest period. */
    private static boolean anyDue(Campaign campaign, Instant now) {
        Instant earliest = RetentionPolicy.selectionEnd(campaign).atZone(campaign.timeZone())
                .plus(Period.ofMonths(campaign.retention().shortestMonths())).toInstant();
        return !now.isBefore(earliest);
    }

    private void eraseIfDue(Candidacy listed, Instant now, Tally tally) {
        if (listed.erased() && listed.erasure().complete()) {
            return;
        }
        // the index may lag: decide on the dossier as stored
        Candidacy dossier = candidacies.find(listed.id()).orElse(null);
        if (dossier == null || (dossier.erased() && dossier.erasure().complete())) {
            return;
        }
        List<LinkedDossiers.Member> group = linked.group(dossier);
        if (now.isBefore(LinkedDossiers.erasableAt(group))) {
            return;
        }
        for (LinkedDossiers.Member member : group) {
            boolean started = !member.candidacy().erased();
            Candidacy after = erasure.erase(member.candidacy(), Erasure.Cause.RETENTION, "retention", JOB_PRINCIPAL);
            if (started) {
                tally.erased++;
            }
            if (!after.erasure().complete()) {
                tally.pending++;
            }
        }
    }

    private static int firstAtOrAfter(List<Campaign> campaigns, String campaignId) {
        for (int i = 0; i < campaigns.size(); i++) {
            if (campaigns.get(i).id().compareTo(campaignId) >= 0) {
                return i;
            }
        }
        return campaigns.size();
    }

    private static final class Tally {
        int erased;
        int finished;
        int pending;
        int scanned;
        int pages;

        Result result(boolean sweepComplete) {
            return new Result(erased, finished, pending, scanned, pages, sweepComplete);
        }
    }
}
