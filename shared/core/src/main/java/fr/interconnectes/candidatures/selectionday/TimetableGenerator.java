package fr.interconnectes.candidatures.selectionday;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays the dossiers out over the panels of a plan, deterministically: the same plan and dossiers give the same
 * timetable. The panel whose next free time comes first (the plan's order breaking ties) takes the first dossier
 * that it may hear and whose applicant is available then; dossiers that fewer panels may hear come first, then
 * in the call's order. A panel waits when nobody it may hear is available, until the first of them is, and
 * closes when none fits before the end of the day. Auditions never overlap a break, and a panel's auditions are
 * at least the changeover apart. Everything is computed on instants (see {@link SelectionDayPlan}).
 */
public final class TimetableGenerator {

    /** One dossier's audition as generated. */
    public record Placement(String candidacyId, String panelId, TimeRange when) {
    }

    /** What was placed, in the order it was, and the dossiers the plan could not hold. */
    public record Result(List<Placement> placed, List<Hearing> unplaced) {

        public Result {
            placed = List.copyOf(placed);
            unplaced = List.copyOf(unplaced);
        }

        public boolean complete() {
            return unplaced.isEmpty();
        }
    }

    private TimetableGenerator() {
    }

    public static Result generate(SelectionDayPlan plan, List<Hearing> hearings) {
        List<Hearing> remaining = new ArrayList<>(hearings.stream()
                .sorted(Comparator.comparingLong((Hearing h) -> plan.panels().stream().filter(h::mayBeHeardBy).count())
                        .thenComparing(Hearing::order).thenComparing(Hearing::candidacyId))
                .toList());
        Map<String, Instant> nextFree = new LinkedHashMap<>();
        plan.panels().forEach(p -> nextFree.put(p.id(), plan.dayStart()));
        List<Placement> placed = new ArrayList<>();
        while (!remaining.isEmpty() && !nextFree.isEmpty()) {
            String panelId = nextFree.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
            Panel panel = plan.panel(panelId).orElseThrow();
            Instant cursor = nextFree.get(panelId);
            Instant retryAt = null;
            Placement chosen = null;
            for (Hearing hearing : remaining) {
                if (!hearing.mayBeHeardBy(panel)) {
                    continue;
                }
                Optional<TimeRange> when = firstFreeRange(plan, hearing, cursor);
                if (when.isEmpty()) {
                    continue;
                }
                if (hearing.availableDuring(when.get())) {
                    chosen = new Placement(hearing.candidacyId(), panelId, when.get());
                    break;
                }
                Instant available = endOfFirstOverlap(hearing.unavailable(), when.get());
                retryAt = retryAt == null || available.isBefore(retryAt) ? available : retryAt;
            }
            if (chosen != null) {
                placed.add(chosen);
                String id = chosen.candidacyId();
                remaining.removeIf(h -> h.candidacyId().equals(id));
                nextFree.put(panelId, chosen.when().end().plus(plan.changeover()));
            } else if (retryAt != null) {
                nextFree.put(panelId, retryAt);
            } else {
                nextFree.remove(panelId);
            }
        }
        return new Result(placed, remaining);
    }

    /** How many auditions of {@code track} the plan holds, over all its panels, when nothing else constrains them. */
    public static int capacity(SelectionDayPlan plan, fr.interconnectes.candidatures.domain.Track track) {
        Hearing anyone = new Hearing("capacity", track, List.of(), java.util.Set.of(), "");
        int perPanel = 0;
        Instant cursor = plan.dayStart();
        for (Optional<TimeRange> next = firstFreeRange(plan, anyone, cursor); next.isPresent();
             next = firstFreeRange(plan, anyone, cursor)) {
            perPanel++;
            cursor = next.get().end().plus(plan.changeover());
        }
        return perPanel * plan.panels().size();
    }

    /**
     * The first range of the hearing's length starting at or after {@code from} that overlaps no break and ends
     * by the end of the day; empty when there is none.
     */
    static Optional<TimeRange> firstFreeRange(SelectionDayPlan plan, Hearing hearing, Instant from) {
        Instant start = from;
        Instant end = plan.dayEnd();
        while (true) {
            TimeRange candidate = new TimeRange(start, start.plus(plan.format(hearing.track()).length()));
            if (candidate.end().isAfter(end)) {
                return Optional.empty();
            }
            Optional<TimeRange> pause = plan.breakRanges().stream().filter(candidate::overlaps).findFirst();
            if (pause.isEmpty()) {
                return Optional.of(candidate);
            }
            start = pause.get().end();
        }
    }

    private static Instant endOfFirstOverlap(List<TimeRange> unavailable, TimeRange range) {
        return unavailable.stream().filter(range::overlaps).map(TimeRange::end).min(Comparator.naturalOrder())
                .orElseThrow();
    }
}
