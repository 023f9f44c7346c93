package fr.interconnectes.candidatures.selectionday;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The times of the selection day an applicant declared they cannot come, before the timetable is made; the
 * generator gives them no audition then.
 */
public record Availability(String candidacyId, String campaignId, List<TimeRange> unavailable, Instant updatedAt) {

    public static final int MAX_RANGES = 10;

    public Availability {
        Objects.requireNonNull(candidacyId, "candidacyId");
        Objects.requireNonNull(campaignId, "campaignId");
        unavailable = unavailable.stream().sorted().toList();
    }

    public boolean availableDuring(TimeRange range) {
        return unavailable.stream().noneMatch(range::overlaps);
    }
}
