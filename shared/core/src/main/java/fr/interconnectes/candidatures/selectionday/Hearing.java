package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.Track;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A dossier to be heard, as the timetable sees it: its track (the audition's length), when its applicant
 * cannot come, the jurors who declared a conflict of interest on it, and its place in the call's order
 * (the receipt number), which breaks every tie.
 */
public record Hearing(String candidacyId, Track track, List<TimeRange> unavailable, Set<String> conflictedJurors,
                      String order) {

    public Hearing {
        Objects.requireNonNull(candidacyId, "candidacyId");
        Objects.requireNonNull(track, "track");
        unavailable = unavailable.stream().sorted().toList();
        conflictedJurors = Set.copyOf(conflictedJurors);
        order = order == null ? "" : order;
    }

    /** No panel holding a juror with a conflict of interest hears the dossier. */
    public boolean mayBeHeardBy(Panel panel) {
        return panel.jurors().stream().noneMatch(j -> conflictedJurors.contains(j.id()));
    }

    public boolean availableDuring(TimeRange range) {
        return unavailable.stream().noneMatch(range::overlaps);
    }
}
