package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The stored instants and dates read by their digits exactly as the JDK's parsers read them, or refused alike. */
class StoredTimesTest {

    @Test
    void every_instant_as_instant_to_string_writes_it_reads_back_the_same() {
        SplittableRandom random = new SplittableRandom(17);
        long from = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();
        long to = Instant.parse("2100-12-31T23:59:59Z").getEpochSecond();
        for (int i = 0; i < 20_000; i++) {
            long seconds = random.nextLong(from, to);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1_000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1_000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertThat(StoredTimes.instant(instant.toString())).isEqualTo(instant);
        }
    }

    @Test
    void every_date_reads_back_the_same() {
        for (LocalDate date = LocalDate.parse("2016-01-01"); date.isBefore(LocalDate.parse("2032-01-01"));
             date = date.plusDays(1)) {
            assertThat(StoredTimes.date(date.toString())).isEqualTo(date);
        }
    }

    @Test
    void the_shapes_only_the_jdk_parser_knows_read_as_it_reads_them() {
        for (String text : List.of("2019-10-10T21:59:59.1Z", "2019-10-10T21:59:59.12Z", "+12019-10-10T21:59:59Z",
                "2019-10-10T21:59Z", "2019-10-10t21:59:59z", "2019-10-10T21:59:59.123456789Z",
                "2019-10-10T23:59:60Z", "2019-10-10T24:00:00Z", "2019-10-10T21:59:59+02:00",
                "2019-10-10T21:59:59.Z")) {
            boolean jdkReads = reads(text);
            if (jdkReads) {
                assertThat(StoredTimes.instant(text)).as(text).isEqualTo(Instant.parse(text));
            } else {
                assertThatThrownBy(() -> StoredTimes.instant(text)).as(text).isInstanceOf(DateTimeException.class);
            }
        }
        assertThat(StoredTimes.instant("2019-10-10T21:59:59.5Z")).isEqualTo(Instant.parse("2019-10-10T21:59:59.500Z"));
    }

    @Test
    void what_is_not_a_stored_instant_or_date_is_refused_as_the_jdk_refuses_it() {
        for (String text : List.of("2019-04-31T10:00:00Z", "2019-10-10T25:00:00Z", "2019-10-10T21:61:00Z",
                "2019-13-01T10:00:00Z", "2019-10-10T21:59:59.1234567890Z",
                "2019-10-10 21:59:59Z", "2019-1O-10T21:59:59Z", "yesterday")) {
            assertThatThrownBy(() -> StoredTimes.instant(text)).as(text).isInstanceOf(DateTimeException.class);
            assertThatThrownBy(() -> Instant.parse(text)).as(text).isInstanceOf(DateTimeException.class);
        }
        for (String text : List.of("2019-02-29", "2019-00-10", "2019-10-32", "2019-1O-10", "10/10/2019")) {
            assertThatThrownBy(() -> StoredTimes.date(text)).as(text).isInstanceOf(DateTimeException.class);
        }
    }

    private static boolean reads(String text) {
        try {
            Instant.parse(text);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
