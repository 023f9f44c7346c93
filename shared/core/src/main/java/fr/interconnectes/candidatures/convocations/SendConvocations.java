package fr.interconnectes.candidatures.convocations;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.Audition;
import fr.interconnectes.candidatures.notifications.CalendarInvite;
import fr.interconnectes.candidatures.notifications.ConvocationMail.Change;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.AuditionFormat;
import fr.interconnectes.candidatures.selectionday.Panel;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.SelectionDayError;
import fr.interconnectes.candidatures.selectionday.SelectionDayPlan;
import fr.interconnectes.candidatures.selectionday.Slot;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Mails each applicant of the timetable what changed for them since the last call, with a calendar invite: a first
 * convocation, an update when their slot moved (the invite's SEQUENCE is the slot's), a cancellation when it was
 * removed. The convocation is recorded in the dossier with its mail, in one conditional write, and only when the
 * dossier does not hold that slot version yet: calling again, or concurrently, mails nobody twice.
 *
 * <p>Mails are then sent for as long as {@code deliveryBudget} allows; the rest stay pending for the retry job.
 */
public record SendConvocations(Campaigns campaigns, Candidacies candidacies, SelectionDays days,
                               CandidacyWriter writer, ApplicantNotifier notifier, Audit audit, Organizer organizer,
                               Clock clock, Duration deliveryBudget) {

    private static final System.Logger LOG = System.getLogger(SendConvocations.class.getName());
    public static final Duration DEFAULT_DELIVERY_BUDGET = Duration.ofSeconds(10);

    /**
     * What this call did.
     *
     * @param convened   first convocations recorded
     * @param moved      updated convocations (the slot moved)
     * @param cancelled  cancellations (the slot was removed)
     * @param unchanged  slots whose applicant already holds this version
     * @param mailsSent  of the mails recorded, those already sent; the others are left to the retry job
     * @param failed     dossiers changed again and again meanwhile: call again to finish them
     */
    public record Result(Campaign campaign, int convened, int moved, int cancelled, int unchanged, int mailsSent,
                         List<String> failed) {

        public Result {
            failed = List.copyOf(failed);
        }

        public int mailsRecorded() {
            return convened + moved + cancelled;
        }
    }

    public Result execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        SelectionDay day = days.find(campaign.id())
                .orElseThrow(() -> new DomainException(SelectionDayError.SELECTION_DAY_NOT_PLANNED, campaign.id()));
        if (day.timetable() == null) {
            throw new DomainException(SelectionDayError.TIMETABLE_NOT_GENERATED, campaign.id());
        }
        Instant now = clock.instant();
        int[] counts = new int[Change.values().length];
        int unchanged = 0;
        List<Candidacy> toDeliver = new ArrayList<>();
        List<String> mailIds = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Slot slot : day.timetable().slots()) {
            Optional<Candidacy> found = candidacies.find(slot.candidacyId());
            if (found.isEmpty()) {
                continue;
            }
            Change[] told = {null};
            Candidacy stored;
            try {
                stored = writer.apply(found.get(), current -> {
                    told[0] = change(current, slot);
                    return told[0] == null ? current : tell(campaign, day.plan(), current, slot, told[0], now);
                });
            } catch (DomainException e) {
                if (e.code() != ErrorCode.CONCURRENT_MODIFICATION) {
                    throw e;
                }
                LOG.log(Level.WARNING, "convocation not sent, dossier busy", "candidacyId", slot.candidacyId());
                failed.add(slot.candidacyId());
                continue;
            }
            if (told[0] == null) {
                unchanged++;
            } else {
                counts[told[0].ordinal()]++;
                toDeliver.add(stored);
                mailIds.add(ApplicantNotifier.lastMailId(stored));
            }
        }
        if (!toDeliver.isEmpty()) {
            audit.record(caller, campaign.id(), null, "convocations.sent",
                    "convened", counts[Change.CONVENED.ordinal()], "moved", counts[Change.MOVED.ordinal()],
                    "cancelled", counts[Change.CANCELLED.ordinal()]);
        }
        int sent = notifier.deliverWithin(deliveryBudget, toDeliver, mailIds);
        return new Result(campaign, counts[Change.CONVENED.ordinal()], counts[Change.MOVED.ordinal()],
                counts[Change.CANCELLED.ordinal()], unchanged, sent, failed);
    }

    /** What the applicant is to be told of this slot version, or {@code null} when they already were. */
    static Change change(Candidacy dossier, Slot slot) {
        if (dossier.erased()) {
            return null; // no one left to tell
        }
        Convocation last = dossier.convocation();
        boolean knows = last != null && last.sentFor(slot.slotId(), slot.sequence());
        if (slot.scheduled()) {
            if (dossier.status() != CandidacyStatus.SUBMITTED || (knows && !last.cancelled())) {
                return null;
            }
            return last == null || last.cancelled() ? Change.CONVENED : Change.MOVED;
        }
        // a removed slot: only an applicant convened to it is told, once
        return last == null || last.cancelled() || !last.slotId().equals(slot.slotId()) ? null : Change.CANCELLED;
    }

    private Candidacy tell(Campaign campaign, SelectionDayPlan plan, Candidacy dossier, Slot slot, Change change,
                           Instant now) {
        Track track = dossier.form().project() == null ? campaign.track() : dossier.form().project().track();
        AuditionFormat format = plan.format(track);
        Convocation last = dossier.convocation();
        String room = change == Change.CANCELLED ? last.room()
                : plan.panel(slot.panelId()).map(Panel::room).orElse(slot.panelId());
        Instant start = change == Change.CANCELLED ? last.start() : slot.start();
        Instant end = change == Change.CANCELLED ? last.end() : slot.end();
        Audition audition = new Audition(plan.date(), plan.place().name(), plan.place().address(), room, start, end,
                format.presentationMinutes(), format.questionMinutes(), track == Track.STARTUP);
        CalendarInvite invite = new CalendarInvite(CalendarInvite.uidOf(campaign.id(), dossier.id()), slot.sequence(),
                change == Change.CANCELLED, now, organizer.name(), organizer.email(),
                dossier.form().applicant().contact().name());
        Convocation convocation = change == Change.CANCELLED ? last.cancelledAt(slot.sequence(), now)
                : Convocation.sent(slot.slotId(), slot.sequence(), slot.panelId(), room, place(plan), start, end, now);
        return notifier.convocation(campaign, dossier.withConvocation(convocation), change, audition, invite, now);
    }

    private static String place(SelectionDayPlan plan) {
        String address = plan.place().address();
        return address == null || address.isBlank() ? plan.place().name() : plan.place().name() + ", " + address;
    }
}
