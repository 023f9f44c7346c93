package fr.interconnectes.candidatures.selectionday;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A campaign's selection day as stored: its plan and, once generated, its timetable. {@code revision} counts
 * the writes and guards each one against a concurrent one (0: not stored yet).
 */
public record SelectionDay(String campaignId, SelectionDayPlan plan, Timetable timetable, Instant updatedAt,
                           String updatedBy, long revision) {

    public SelectionDay {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(plan, "plan");
    }

    public Optional<Timetable> timetableIfAny() {
        return Optional.ofNullable(timetable);
    }

    public SelectionDay withPlan(SelectionDayPlan newPlan, Instant at, String by) {
        return new SelectionDay(campaignId, newPlan, timetable, at, by, revision);
    }

    public SelectionDay withTimetable(Timetable newTimetable, Instant at, String by) {
        return new SelectionDay(campaignId, plan, newTimetable, at, by, revision);
    }

    public SelectionDay atRevision(long newRevision) {
        return new SelectionDay(campaignId, plan, timetable, updatedAt, updatedBy, newRevision);
    }
}
