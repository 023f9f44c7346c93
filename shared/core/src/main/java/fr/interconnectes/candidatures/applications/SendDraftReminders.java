package fr.interconnectes.candidatures.applications;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.CampaignStatus;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The reminder job: each draft whose deadline comes within one of its campaign's reminder offsets gets one
 * reminder for that offset, with what it still lacks and its link. Submitted, withdrawn and expired dossiers,
 * and drafts whose applicant turned reminders off, get none.
 *
 * <p>The reminder and the offsets it settles are recorded in one conditional write with the dossier, so a retried
 * run, or two runs at once, record it once: the second write finds it recorded and writes nothing. A run that
 * stops midway loses nothing either: a reminder recorded is sent by the outbox (now, or by the retry job), a
 * reminder not recorded yet is recorded by the next run while its offset is still due. A job that was late sends
 * one reminder, for the nearest offset, not one for each it missed; a draft started after an offset's moment is
 * not reminded for that offset.
 */
public record SendDraftReminders(Campaigns campaigns, Candidacies candidacies, CandidacyWriter writer,
                                 ApplicantNotifier notifier, ApplicationForms forms, Clock clock) {

    private static final System.Logger LOG = System.getLogger(SendDraftReminders.class.getName());

    /** Counts of one run; {@code failed} dossiers are tried again by the next run. */
    public record Round(int reminded, int failed) {
    }

    public Round execute() {
        Instant now = clock.instant();
        int reminded = 0;
        int failed = 0;
        for (Campaign campaign : campaigns.all()) {
            if (!campaign.acceptsApplications() || campaign.reminderOffsets().isEmpty()
                    || campaign.statusAt(now) == CampaignStatus.UPCOMING) {
                continue;
            }
            for (Candidacy draft : candidacies.findByStatus(campaign.id(), CandidacyStatus.DRAFT)) {
                if (due(campaign, draft, now).isEmpty()) {
                    continue;
                }
                try {
                    // the write may start over from a fresh read: only its last attempt says whether it recorded one
                    boolean[] recorded = {false};
                    Candidacy stored = writer.apply(draft, current -> {
                        Candidacy changed = remind(campaign, current, now);
                        recorded[0] = changed != current;
                        return changed;
                    });
                    if (recorded[0]) {
                        reminded++;
                    }
                    notifier.deliver(stored);
                } catch (RuntimeException e) {
                    // the next run tries this dossier again; the others go on
                    failed++;
                    LOG.log(Level.WARNING, "reminder not recorded, next run retries", "candidacyId", draft.id(),
                            "error", e.getClass().getSimpleName());
                }
            }
        }
        return new Round(reminded, failed);
    }

    /** The dossier with its reminder recorded, or the very same dossier when it is due none (any more). */
    private Candidacy remind(Campaign campaign, Candidacy current, Instant now) {
        List<ReminderOffset> due = due(campaign, current, now);
        if (due.isEmpty()) {
            return current;
        }
        ReminderOffset nearest = due.get(due.size() - 1);
        return notifier.reminder(campaign, current, nearest, forms.missingForSubmission(current), due, now);
    }

    /**
     * The offsets not settled yet whose moment has come, before the deadline and not before the draft was started,
     * longest first; empty for anything but a draft whose applicant takes reminders.
     */
    static List<ReminderOffset> due(Campaign campaign, Candidacy candidacy, Instant now) {
        Instant deadline = candidacy.deadline(campaign);
        if (candidacy.status() != CandidacyStatus.DRAFT || candidacy.mailing().remindersStoppedAt() != null
                || now.isAfter(deadline)) {
            return List.of();
        }
        return campaign.reminderOffsets().stream()
                .filter(offset -> !candidacy.mailing().reminded(offset))
                .filter(offset -> {
                    Instant moment = offset.before(deadline, campaign.timeZone());
                    return !moment.isAfter(now) && !moment.isBefore(candidacy.createdAt());
                })
                .sorted(Comparator.naturalOrder())
                .toList();
    }
}
