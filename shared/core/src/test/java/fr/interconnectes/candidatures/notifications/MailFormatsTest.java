package fr.interconnectes.candidatures.notifications;

import static fr.interconnectes.candidatures.domain.Language.EN;
import static fr.interconnectes.candidatures.domain.Language.FR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class MailFormatsTest {

    private static final ZoneId PARIS = MailModel.PARIS;

    @Test
    void summer_time_is_utc_plus_two() {
        Instant t = Instant.parse("2019-10-10T21:59:00Z");
        assertThat(MailFormats.dateTime(t, PARIS, FR)).isEqualTo("jeudi 10 octobre 2019 à 23 h 59 (heure de Paris)");
        assertThat(MailFormats.dateTime(t, PARIS, EN)).isEqualTo("Thursday 10 October 2019 at 11:59 pm (Paris time)");
    }

    @Test
    void winter_time_is_utc_plus_one() {
        Instant t = Instant.parse("2020-01-16T22:59:00Z");
        assertThat(MailFormats.dateTime(t, PARIS, FR)).isEqualTo("jeudi 16 janvier 2020 à 23 h 59 (heure de Paris)");
        assertThat(MailFormats.dateTime(t, PARIS, EN)).isEqualTo("Thursday 16 January 2020 at 11:59 pm (Paris time)");
    }

    @Test
    void the_night_the_clocks_go_back_shows_the_same_wall_time_twice() {
        Instant beforeChange = Instant.parse("2019-10-27T00:30:00Z");
        Instant afterChange = Instant.parse("2019-10-27T01:30:00Z");
        assertThat(MailFormats.dateTime(beforeChange, PARIS, FR)).startsWith("dimanche 27 octobre 2019 à 2 h 30");
        assertThat(MailFormats.dateTime(afterChange, PARIS, FR)).startsWith("dimanche 27 octobre 2019 à 2 h 30");
        assertThat(MailFormats.dateTime(Instant.parse("2019-03-31T01:00:00Z"), PARIS, FR))
                .startsWith("dimanche 31 mars 2019 à 3 h 00");
    }

    @Test
    void first_of_the_month_morning_midnight_and_noon() {
        assertThat(MailFormats.dateTime(Instant.parse("2019-09-30T22:00:00Z"), PARIS, FR))
                .isEqualTo("mardi 1er octobre 2019 à 0 h 00 (heure de Paris)");
        assertThat(MailFormats.dateTime(Instant.parse("2019-09-30T22:00:00Z"), PARIS, EN))
                .isEqualTo("Tuesday 1 October 2019 at 12:00 am (Paris time)");
        assertThat(MailFormats.dateTime(Instant.parse("2019-10-01T10:00:00Z"), PARIS, EN))
                .isEqualTo("Tuesday 1 October 2019 at 12:00 pm (Paris time)");
        assertThat(MailFormats.dateTime(Instant.parse("2019-10-01T07:05:00Z"), PARIS, FR))
                .isEqualTo("mardi 1er octobre 2019 à 9 h 05 (heure de Paris)");
        assertThat(MailFormats.dateTime(Instant.parse("2019-10-01T07:05:00Z"), PARIS, EN))
                .isEqualTo("Tuesday 1 October 2019 at 9:05 am (Paris time)");
    }

    @Test
    void overseas_regions_name_their_own_zone() {
        Instant t = Instant.parse("2019-10-10T19:59:00Z");
        assertThat(MailFormats.dateTime(t, ZoneId.of("Indian/Reunion"), FR))
                .isEqualTo("jeudi 10 octobre 2019 à 23 h 59 (heure de La Réunion)");
        assertThat(MailFormats.dateTime(t, ZoneId.of("America/Cayenne"), EN))
                .isEqualTo("Thursday 10 October 2019 at 4:59 pm (French Guiana time)");
        assertThat(MailFormats.dateTime(t, ZoneId.of("Asia/Tokyo"), FR)).endsWith("(fuseau Asia/Tokyo)");
    }

    @Test
    void every_day_of_two_years_reads_as_the_jdks_own_french_and_english_names_give_it() {
        java.time.format.DateTimeFormatter french = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.FRENCH);
        java.time.format.DateTimeFormatter english = java.time.format.DateTimeFormatter.ofPattern("EEEE d MMMM yyyy",
                java.util.Locale.ENGLISH);
        for (LocalDate day = LocalDate.of(2027, 1, 1); day.getYear() < 2029; day = day.plusDays(1)) {
            String expectedFrench = day.getDayOfMonth() == 1
                    ? french.format(day).replaceFirst(" 1 ", " 1er ") : french.format(day);
            assertThat(MailFormats.date(day, FR)).isEqualTo(expectedFrench);
            assertThat(MailFormats.date(day, EN)).isEqualTo(english.format(day));
        }
    }

    @Test
    void dates() {
        assertThat(MailFormats.date(LocalDate.of(2019, 10, 17), FR)).isEqualTo("jeudi 17 octobre 2019");
        assertThat(MailFormats.date(LocalDate.of(2019, 10, 17), EN)).isEqualTo("Thursday 17 October 2019");
        assertThat(MailFormats.date(LocalDate.of(2019, 8, 15), FR)).isEqualTo("jeudi 15 août 2019");
        assertThat(MailFormats.date(LocalDate.of(2019, 12, 1), FR)).isEqualTo("dimanche 1er décembre 2019");
    }

    @Test
    void sizes_in_french() {
        assertThat(MailFormats.size(0, FR)).isEqualTo("0 octet");
        assertThat(MailFormats.size(1, FR)).isEqualTo("1 octet");
        assertThat(MailFormats.size(512, FR)).isEqualTo("512 octets");
        assertThat(MailFormats.size(1023, FR)).isEqualTo("1023 octets");
        assertThat(MailFormats.size(1024, FR)).isEqualTo("1 ko");
        assertThat(MailFormats.size(1536, FR)).isEqualTo("1,5 ko");
        assertThat(MailFormats.size(345_000, FR)).isEqualTo("337 ko");
        assertThat(MailFormats.size(1_258_291, FR)).isEqualTo("1,2 Mo");
        assertThat(MailFormats.size(1_048_575, FR)).isEqualTo("1 Mo");
        assertThat(MailFormats.size(20L * 1024 * 1024, FR)).isEqualTo("20 Mo");
        assertThat(MailFormats.size(15_938_355, FR)).isEqualTo("15,2 Mo");
        assertThat(MailFormats.size(3L * 1024 * 1024 * 1024, FR)).isEqualTo("3 Go");
    }

    @Test
    void sizes_in_english() {
        assertThat(MailFormats.size(0, EN)).isEqualTo("0 bytes");
        assertThat(MailFormats.size(1, EN)).isEqualTo("1 byte");
        assertThat(MailFormats.size(512, EN)).isEqualTo("512 bytes");
        assertThat(MailFormats.size(1536, EN)).isEqualTo("1.5 kB");
        assertThat(MailFormats.size(1_258_291, EN)).isEqualTo("1.2 MB");
        assertThat(MailFormats.size(20L * 1024 * 1024, EN)).isEqualTo("20 MB");
        assertThatThrownBy(() -> MailFormats.size(-1, EN)).isInstanceOf(IllegalArgumentException.class);
    }
}
