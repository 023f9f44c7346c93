package fr.interconnectes.candidatures.selectionday;

import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SECOND_JUROR;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SOPHIE;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.SelectionDaySamples;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The generator on the days organisers meet: breaks, conflicts, unavailabilities, summer time, too many dossiers. */
class TimetableGeneratorTest {

    private final SelectionDayPlan annecy = SelectionDaySamples.annecy(2027);

    private static Hearing hearing(int n) {
        return new Hearing("d" + n, Track.LABEL, List.of(), Set.of(), String.format("ARA-2027-L-%04d", n));
    }

    private static List<Hearing> hearings(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(TimetableGeneratorTest::hearing).toList();
    }

    private static Instant paris(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(Fixtures.PARIS).toInstant();
    }

    @Test
    void twenty_dossiers_alternate_over_two_panels_from_nine_with_the_changeover_between_them() {
        var result = TimetableGenerator.generate(annecy, hearings(20));

        assertThat(result.complete()).isTrue();
        assertThat(result.placed()).hasSize(20);
        var first = result.placed().subList(0, 4);
        assertThat(first).extracting(TimetableGenerator.Placement::panelId).containsExactly("A", "B", "A", "B");
        assertThat(first).extracting(p -> p.when().start()).containsExactly(paris("2027-10-17T09:00"),
                paris("2027-10-17T09:00"), paris("2027-10-17T09:20"), paris("2027-10-17T09:20"));
        assertThat(first.get(0).when().duration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(result.placed()).extracting(TimetableGenerator.Placement::candidacyId)
                .doesNotHaveDuplicates().hasSize(20);
    }

    @Test
    void no_audition_overlaps_lunch_and_the_first_after_it_starts_when_it_ends() {
        var result = TimetableGenerator.generate(annecy, hearings(40));

        TimeRange lunch = new TimeRange(paris("2027-10-17T12:30"), paris("2027-10-17T13:30"));
        assertThat(result.placed()).noneMatch(p -> p.when().overlaps(lunch));
        assertThat(result.placed()).extracting(p -> p.when().start()).contains(paris("2027-10-17T13:30"));
        // 9:00-12:30 holds 10 auditions per panel (9:00, 9:20 ... 12:00), 13:30-18:00 holds 13 (the last at 17:30)
        assertThat(TimetableGenerator.capacity(annecy, Track.LABEL)).isEqualTo(2 * (10 + 13));
    }

    @Test
    void the_same_dossiers_in_another_order_give_the_same_timetable() {
        List<Hearing> shuffled = new ArrayList<>(hearings(15));
        java.util.Collections.reverse(shuffled);

        assertThat(TimetableGenerator.generate(annecy, shuffled)).isEqualTo(TimetableGenerator.generate(annecy, hearings(15)));
    }

    @Test
    void a_dossier_is_never_heard_by_a_panel_holding_a_juror_in_conflict_on_it() {
        List<Hearing> all = new ArrayList<>(hearings(6));
        all.set(0, new Hearing("d1", Track.LABEL, List.of(), Set.of(SOPHIE), "ARA-2027-L-0001"));
        all.set(1, new Hearing("d2", Track.LABEL, List.of(), Set.of(SECOND_JUROR), "ARA-2027-L-0002"));

        var result = TimetableGenerator.generate(annecy, all);

        assertThat(result.complete()).isTrue();
        assertThat(panelOf(result, "d1")).isEqualTo("B");
        assertThat(panelOf(result, "d2")).isEqualTo("A");
    }

    @Test
    void a_dossier_in_conflict_with_both_panels_finds_no_slot() {
        List<Hearing> all = new ArrayList<>(hearings(3));
        all.set(2, new Hearing("d3", Track.LABEL, List.of(), Set.of(SOPHIE, SECOND_JUROR), "ARA-2027-L-0003"));

        var result = TimetableGenerator.generate(annecy, all);

        assertThat(result.unplaced()).extracting(Hearing::candidacyId).containsExactly("d3");
        assertThat(result.placed()).hasSize(2);
    }

    @Test
    void an_applicant_unavailable_in_the_morning_is_heard_once_they_are_available() {
        List<Hearing> all = new ArrayList<>(hearings(4));
        TimeRange morning = new TimeRange(paris("2027-10-17T08:00"), paris("2027-10-17T11:10"));
        all.set(0, new Hearing("d1", Track.LABEL, List.of(morning), Set.of(), "ARA-2027-L-0001"));

        var result = TimetableGenerator.generate(annecy, all);

        TimetableGenerator.Placement d1 = placement(result, "d1");
        assertThat(d1.when().overlaps(morning)).isFalse();
        assertThat(d1.when().start()).isEqualTo(paris("2027-10-17T11:10"));
        // the panels did not wait for them: the others are heard from nine
        assertThat(placement(result, "d2").when().start()).isEqualTo(paris("2027-10-17T09:00"));
    }

    @Test
    void an_applicant_unavailable_all_day_finds_no_slot() {
        List<Hearing> all = new ArrayList<>(hearings(2));
        all.set(1, new Hearing("d2", Track.LABEL, List.of(annecy.calendarDay()), Set.of(), "ARA-2027-L-0002"));

        assertThat(TimetableGenerator.generate(annecy, all).unplaced()).extracting(Hearing::candidacyId)
                .containsExactly("d2");
    }

    @Test
    void more_dossiers_than_the_day_holds_leave_the_last_ones_unplaced() {
        int capacity = TimetableGenerator.capacity(annecy, Track.LABEL);

        var result = TimetableGenerator.generate(annecy, hearings(capacity + 3));

        assertThat(result.placed()).hasSize(capacity);
        assertThat(result.unplaced()).extracting(Hearing::candidacyId)
                .containsExactly("d" + (capacity + 1), "d" + (capacity + 2), "d" + (capacity + 3));
        assertThat(result.placed()).allMatch(p -> !p.when().end().isAfter(annecy.dayEnd()));
    }

    @Test
    void on_the_night_clocks_go_back_the_day_lasts_an_hour_more_and_auditions_keep_their_real_length() {
        // 31 October 2027: 3:00 summer time becomes 2:00 winter time; from 1:00 to 4:00 are four real hours
        SelectionDayPlan night = SelectionDaySamples.plan(LocalDate.of(2027, 10, 31), LocalTime.of(1, 0),
                LocalTime.of(4, 0), 0, List.of(), List.of(SelectionDaySamples.panelA()));

        var result = TimetableGenerator.generate(night, hearings(20));

        assertThat(result.placed()).hasSize(16);
        assertThat(result.placed()).allMatch(p -> p.when().duration().equals(Duration.ofMinutes(15)));
        assertThat(result.placed().get(15).when().end()).isEqualTo(Instant.parse("2027-10-31T03:00:00Z"));
        // local 2:00 happens twice: once in summer time (+02:00), once in winter time (+01:00)
        assertThat(result.placed()).extracting(p -> ZonedDateTime.ofInstant(p.when().start(), Fixtures.PARIS).toLocalTime())
                .filteredOn(LocalTime.of(2, 0)::equals).hasSize(2);
    }

    @Test
    void on_the_night_clocks_go_forward_the_day_lasts_an_hour_less() {
        // 28 March 2027: 2:00 winter time becomes 3:00 summer time; from 1:00 to 4:00 are two real hours
        SelectionDayPlan night = SelectionDaySamples.plan(LocalDate.of(2027, 3, 28), LocalTime.of(1, 0),
                LocalTime.of(4, 0), 0, List.of(), List.of(SelectionDaySamples.panelA()));

        var result = TimetableGenerator.generate(night, hearings(20));

        assertThat(result.placed()).hasSize(8);
        assertThat(result.placed().get(3).when().end()).isEqualTo(paris("2027-03-28T03:00"));
        assertThat(TimetableGenerator.capacity(night, Track.LABEL)).isEqualTo(8);
    }

    @Test
    void a_start_up_pitch_lasts_five_and_five_minutes() {
        SelectionDayPlan startups = new SelectionDayPlan(annecy.date(), annecy.zone(), annecy.place(), annecy.start(),
                annecy.latestEnd(), 0, Map.of(), List.of(), List.of(SelectionDaySamples.panelA()));
        Hearing pitch = new Hearing("s1", Track.STARTUP, List.of(), Set.of(), "ARA-2027-S-0001");

        var placed = TimetableGenerator.generate(startups, List.of(pitch)).placed().get(0);

        assertThat(placed.when().duration()).isEqualTo(Duration.ofMinutes(10));
    }

    private static String panelOf(TimetableGenerator.Result result, String candidacyId) {
        return placement(result, candidacyId).panelId();
    }

    private static TimetableGenerator.Placement placement(TimetableGenerator.Result result, String candidacyId) {
        return result.placed().stream().filter(p -> p.candidacyId().equals(candidacyId)).findFirst().orElseThrow();
    }
}
