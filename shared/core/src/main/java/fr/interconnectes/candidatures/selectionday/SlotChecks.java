package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.DomainException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;

/**
 * The rules a slot moved by hand must keep, the generator's own: within the day, clear of the breaks and of the
 * panel's other auditions (changeover included), when its applicant is available, before a panel holding no
 * juror in conflict of interest on it.
 */
final class SlotChecks {

    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    private SlotChecks() {
    }

    /**
     * @param others the slots already there, the one checked (and, in a swap, its partner) left out
     * @throws DomainException the first rule the slot breaks
     */
    static void check(SelectionDayPlan plan, Slot slot, Collection<Slot> others, Hearing hearing) {
        Panel panel = plan.panel(slot.panelId())
                .orElseThrow(() -> new DomainException(SelectionDayError.PANEL_NOT_FOUND, slot.panelId()));
        TimeRange when = slot.range();
        if (!plan.day().contains(when)) {
            throw new DomainException(SelectionDayError.SLOT_OUTSIDE_DAY, hour(plan, plan.dayStart()),
                    hour(plan, plan.dayEnd()), plan.zone().getId());
        }
        for (TimeRange pause : plan.breakRanges()) {
            if (pause.overlaps(when)) {
                throw new DomainException(SelectionDayError.SLOT_OVERLAPS_BREAK, hour(plan, pause.start()),
                        hour(plan, pause.end()));
            }
        }
        TimeRange withChangeover = withChangeover(plan, when);
        for (Slot other : others) {
            if (other.scheduled() && other.panelId().equals(panel.id())
                    && withChangeover(plan, other.range()).overlaps(withChangeover)) {
                throw new DomainException(SelectionDayError.SLOT_TAKEN, other.slotId());
            }
        }
        if (!hearing.mayBeHeardBy(panel)) {
            throw new DomainException(SelectionDayError.PANEL_CONFLICT_OF_INTEREST);
        }
        if (!hearing.availableDuring(when)) {
            throw new DomainException(SelectionDayError.APPLICANT_UNAVAILABLE);
        }
    }

    private static TimeRange withChangeover(SelectionDayPlan plan, TimeRange range) {
        return new TimeRange(range.start(), range.end().plus(plan.changeover()));
    }

    private static String hour(SelectionDayPlan plan, java.time.Instant at) {
        return ZonedDateTime.ofInstant(at, plan.zone()).format(HOUR);
    }
}
