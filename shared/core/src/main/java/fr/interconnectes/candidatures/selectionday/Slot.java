package fr.interconnectes.candidatures.selectionday;

import java.time.Instant;
import java.util.Objects;

/**
 * One dossier's audition: before a panel, from {@code start} to {@code end}. {@code slotId} never changes
 * (the calendar invite's UID is made from it); {@code sequence} starts at 0 and is raised by every change of
 * panel, time or status (the invite's SEQUENCE).
 */
public record Slot(String slotId, String candidacyId, String panelId, Instant start, Instant end, int sequence,
                   SlotStatus status) {

    public Slot {
        Objects.requireNonNull(slotId, "slotId");
        Objects.requireNonNull(candidacyId, "candidacyId");
        Objects.requireNonNull(panelId, "panelId");
        Objects.requireNonNull(status, "status");
        new TimeRange(start, end);
    }

    /** The slot id a dossier's audition always has. */
    public static String idFor(String candidacyId) {
        return "slot-" + candidacyId;
    }

    public static Slot first(String candidacyId, String panelId, TimeRange when) {
        return new Slot(idFor(candidacyId), candidacyId, panelId, when.start(), when.end(), 0, SlotStatus.SCHEDULED);
    }

    public TimeRange range() {
        return new TimeRange(start, end);
    }

    public boolean scheduled() {
        return status == SlotStatus.SCHEDULED;
    }

    /** The same slot before {@code panel} at {@code when}; the sequence is raised only if that is a change. */
    public Slot movedTo(String panel, TimeRange when) {
        if (scheduled() && panel.equals(panelId) && when.start().equals(start) && when.end().equals(end)) {
            return this;
        }
        return new Slot(slotId, candidacyId, panel, when.start(), when.end(), sequence + 1, SlotStatus.SCHEDULED);
    }

    /** The slot cancelled (its time kept, for the cancelling invite); unchanged if it already was. */
    public Slot removed() {
        return scheduled() ? new Slot(slotId, candidacyId, panelId, start, end, sequence + 1, SlotStatus.REMOVED) : this;
    }
}
