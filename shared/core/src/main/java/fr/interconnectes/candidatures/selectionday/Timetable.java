package fr.interconnectes.candidatures.selectionday;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The day's auditions: every slot ever given (removed ones kept), in panel and time order. */
public record Timetable(List<Slot> slots, Instant generatedAt, String generatedBy) {

    public static final Comparator<Slot> ORDER = Comparator.comparing(Slot::start).thenComparing(Slot::panelId)
            .thenComparing(Slot::slotId);

    public Timetable {
        Objects.requireNonNull(generatedAt, "generatedAt");
        slots = slots.stream().sorted(ORDER).toList();
    }

    public List<Slot> scheduled() {
        return slots.stream().filter(Slot::scheduled).toList();
    }

    /** The scheduled slots of one panel, in order of time. */
    public List<Slot> ofPanel(String panelId) {
        return slots.stream().filter(s -> s.scheduled() && s.panelId().equals(panelId)).toList();
    }

    public Optional<Slot> slot(String slotId) {
        return slots.stream().filter(s -> s.slotId().equals(slotId)).findFirst();
    }

    public Optional<Slot> slotOf(String candidacyId) {
        return slots.stream().filter(s -> s.candidacyId().equals(candidacyId)).findFirst();
    }

    /** This timetable with {@code changed} in place of the slots of the same ids. */
    public Timetable with(List<Slot> changed) {
        List<Slot> all = new java.util.ArrayList<>(slots);
        for (Slot slot : changed) {
            all.removeIf(s -> s.slotId().equals(slot.slotId()));
            all.add(slot);
        }
        return new Timetable(all, generatedAt, generatedBy);
    }
}
