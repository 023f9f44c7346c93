package fr.interconnectes.candidatures.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReminderOffsetTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    void whole_days_keep_the_paris_time_of_day_across_the_change_to_winter_time() {
        // 23:59:59.999 Paris time on Thursday 31 October 2019 (UTC+1); a week earlier Paris was on UTC+2
        Instant deadline = Instant.parse("2019-10-31T22:59:59.999Z");

        assertThat(new ReminderOffset("P7D").before(deadline, PARIS)).isEqualTo(Instant.parse("2019-10-24T21:59:59.999Z"));
        assertThat(new ReminderOffset("PT6H").before(deadline, PARIS)).isEqualTo(Instant.parse("2019-10-31T16:59:59.999Z"));
    }

    @Test
    void offsets_within_an_hour_and_sixty_days_only_normalised() {
        assertThat(ReminderOffset.parse("P1W")).hasValue(new ReminderOffset("P7D"));
        assertThat(ReminderOffset.parse("pt90m")).hasValueSatisfying(o -> assertThat(o.code()).isEqualTo("PT1H30M"));
        for (String refused : List.of("P0D", "P61D", "PT59M", "P1M", "P1Y", "PT1H30S", "7 days", "", "P-1D")) {
            assertThat(ReminderOffset.parse(refused)).as(refused).isEmpty();
        }
    }

    @Test
    void campaigns_keep_their_offsets_longest_first_without_repeats() {
        var offsets = List.of(new ReminderOffset("PT6H"), new ReminderOffset("P7D"), new ReminderOffset("P1D"),
                new ReminderOffset("P7D"));

        assertThat(offsets.stream().distinct().sorted().map(ReminderOffset::code).toList())
                .containsExactly("P7D", "P1D", "PT6H");
    }
}
