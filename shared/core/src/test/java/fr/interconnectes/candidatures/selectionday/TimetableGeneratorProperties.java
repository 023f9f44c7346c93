package fr.interconnectes.candidatures.selectionday;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the day (summer-time changes included), panels, breaks, conflicts and unavailabilities: every placed
 * audition keeps the rules, each dossier is placed at most once, and the same input gives the same timetable.
 * Each case is a day drawn from a fixed seed (its number), so that a failure names the day that breaks a rule and
 * replays it.
 */
class TimetableGeneratorProperties {

    record Day(SelectionDayPlan plan, List<Hearing> hearings) {
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    static LongStream fewerSeeds() {
        return LongStream.rangeClosed(1, 60);
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("seeds")
    void every_placed_audition_keeps_every_rule(long seed) {
        Day day = day(seed);
        SelectionDayPlan plan = day.plan();
        var result = TimetableGenerator.generate(plan, day.hearings());
        Map<String, Hearing> byId = new HashMap<>();
        day.hearings().forEach(h -> byId.put(h.candidacyId(), h));

        assertThat(result.placed().size() + result.unplaced().size()).isEqualTo(day.hearings().size());
        Set<String> seen = new HashSet<>();
        for (TimetableGenerator.Placement placement : result.placed()) {
            Hearing hearing = byId.get(placement.candidacyId());
            Panel panel = plan.panel(placement.panelId()).orElseThrow();
            assertThat(seen.add(placement.candidacyId())).as("two panels hear " + placement.candidacyId()).isTrue();
            assertThat(plan.day().contains(placement.when())).isTrue();
            assertThat(placement.when().duration()).isEqualTo(plan.format(hearing.track()).length());
            assertThat(plan.breakRanges()).noneMatch(placement.when()::overlaps);
            assertThat(hearing.mayBeHeardBy(panel)).as("conflict of interest").isTrue();
            assertThat(hearing.availableDuring(placement.when())).as("applicant unavailable").isTrue();
            for (TimetableGenerator.Placement other : result.placed()) {
                if (other != placement && other.panelId().equals(placement.panelId())) {
                    TimeRange padded = new TimeRange(placement.when().start(), placement.when().end().plus(plan.changeover()));
                    assertThat(padded.overlaps(other.when())).as("same panel at once, changeover included").isFalse();
                }
            }
        }
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("fewerSeeds")
    void the_same_input_in_any_order_gives_the_same_timetable(long seed) {
        Day day = day(seed);
        List<Hearing> shuffled = new ArrayList<>(day.hearings());
        Collections.shuffle(shuffled, new Random(seed));

        assertThat(TimetableGenerator.generate(day.plan(), shuffled))
                .isEqualTo(TimetableGenerator.generate(day.plan(), day.hearings()));
    }

    @ParameterizedTest(name = "day {0}")
    @MethodSource("fewerSeeds")
    void without_constraints_every_dossier_the_day_holds_is_placed(long seed) {
        Day day = day(seed);
        List<Hearing> free = day.hearings().stream()
                .map(h -> new Hearing(h.candidacyId(), Track.LABEL, List.of(), Set.of(), h.order())).toList();
        int capacity = TimetableGenerator.capacity(day.plan(), Track.LABEL);

        var result = TimetableGenerator.generate(day.plan(), free);

        assertThat(result.placed()).hasSize(Math.min(capacity, free.size()));
    }

    /** The nights the clocks change in 2027 and ordinary days; 0 to 10 o'clock, 2 to 10 hours, 1 to 3 panels. */
    private static Day day(long seed) {
        Random random = new Random(seed);
        LocalDate date = List.of(LocalDate.of(2027, 3, 28), LocalDate.of(2027, 10, 31), LocalDate.of(2027, 10, 17),
                LocalDate.of(2027, 12, 2)).get(random.nextInt(4));
        return day(date, random.nextInt(11), 2 + random.nextInt(9), random.nextInt(11), 1 + random.nextInt(3),
                random.nextInt(41), random.nextLong());
    }

    private static Day day(LocalDate date, int startHour, int hours, int changeover, int panelCount, int dossiers,
                           long seed) {
        Random random = new Random(seed);
        List<Panel> panels = new ArrayList<>();
        for (int p = 0; p < panelCount; p++) {
            panels.add(new Panel("P" + p, "Salle " + p, List.of(PanelJuror.of("j" + p + "a"), PanelJuror.of("j" + p + "b"))));
        }
        LocalTime start = LocalTime.of(startHour, 0);
        LocalTime end = LocalTime.of(Math.min(23, startHour + hours), 0);
        List<Break> breaks = new ArrayList<>();
        if (random.nextBoolean() && hours > 3) {
            LocalTime pause = start.plusHours(hours / 2);
            breaks.add(new Break(pause, pause.plusMinutes(15 + random.nextInt(60)), "Pause"));
        }
        SelectionDayPlan plan = new SelectionDayPlan(date, Fixtures.PARIS, new fr.interconnectes.candidatures.selectionday.Place("Lieu", null),
                start, end, changeover, Map.of(), breaks, panels);
        List<Hearing> hearings = new ArrayList<>();
        for (int d = 0; d < dossiers; d++) {
            Track track = random.nextInt(4) == 0 ? Track.STARTUP : Track.LABEL;
            List<TimeRange> unavailable = new ArrayList<>();
            if (random.nextInt(3) == 0) {
                Instant from = plan.dayStart().plusSeconds(60L * random.nextInt(hours * 60));
                unavailable.add(new TimeRange(from, from.plusSeconds(60L * (10 + random.nextInt(180)))));
            }
            Set<String> conflicts = new HashSet<>();
            if (random.nextInt(4) == 0) {
                conflicts.add("j" + random.nextInt(panelCount) + (random.nextBoolean() ? "a" : "b"));
            }
            hearings.add(new Hearing("d" + d, track, unavailable, conflicts, String.format("R-%04d", d)));
        }
        return new Day(plan, hearings);
    }
}
