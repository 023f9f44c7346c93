package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The EventBridge schedule expressions the local scheduler understands, and those it must refuse as
 * EventBridge would on deploy. Dates are fixed: 2026-11-27 is a Friday, 2026-11-29 a Sunday.
 */
class ScheduleExpressionTest {

    private static ZonedDateTime utc(String localDateTime) {
        return ZonedDateTime.parse(localDateTime + "Z");
    }

    private static ZonedDateTime next(String expression, String afterUtc) {
        return ScheduleExpression.parse(expression).nextAfter(utc(afterUtc))
                .orElseThrow(() -> new AssertionError(expression + " never fires after " + afterUtc));
    }

    @Nested
    class Rates {

        @ParameterizedTest
        @CsvSource({
                "rate(1 minute),  PT1M",
                "rate(5 minutes), PT5M",
                "rate(1 hour),    PT1H",
                "rate(2 days),    PT48H",
                "rate(1 day),     PT24H",
                "' rate(10 minutes) ', PT10M"})
        void periodOfValidRates(String expression, String period) {
            ScheduleExpression parsed = ScheduleExpression.parse(expression);

            assertThat(parsed).isInstanceOf(ScheduleExpression.Rate.class);
            assertThat(((ScheduleExpression.Rate) parsed).period()).isEqualTo(Duration.parse(period));
        }

        @Test
        void aRateFiresOnePeriodAfterTheGivenInstant() {
            ZonedDateTime after = utc("2026-11-29T09:59:30");

            assertThat(ScheduleExpression.parse("rate(5 minutes)").nextAfter(after)).contains(utc("2026-11-29T10:04:30"));
            assertThat(ScheduleExpression.parse("rate(2 days)").nextAfter(after)).contains(utc("2026-12-01T09:59:30"));
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "rate(0 minutes)", "rate(0 minute)", "rate(-1 minutes)", "rate(5 weeks)", "rate(1 week)",
                "rate(5 seconds)", "rate(minutes)", "rate(5)", "rate 5 minutes", "rate(1.5 hours)",
                "rate(99999999999999999999 minutes)", "every 5 minutes", "", "cron()", "nonsense"})
        void invalidExpressionsAreRefused(String expression) {
            assertThatThrownBy(() -> ScheduleExpression.parse(expression)).isInstanceOf(IllegalArgumentException.class);
        }

        /** EventBridge: "rate(1 hours) and rate(5 hour) aren't valid"; a local run must not accept them either. */
        @ParameterizedTest
        @ValueSource(strings = {"rate(1 minutes)", "rate(1 hours)", "rate(1 days)", "rate(5 minute)", "rate(2 hour)",
                "rate(2 day)"})
        void theUnitAgreesInNumberWithTheValue(String expression) {
            assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(expression);
        }
    }

    @Nested
    class Crons {

        @Test
        void dailyAtTenFiresTheSameDayBeforeTenAndTheNextDayFromTenOn() {
            assertThat(next("cron(0 10 * * ? *)", "2026-11-29T09:59:00")).isEqualTo(utc("2026-11-29T10:00:00"));
            assertThat(next("cron(0 10 * * ? *)", "2026-11-29T09:59:59.999")).isEqualTo(utc("2026-11-29T10:00:00"));
            // strictly after: at 10:00 sharp the next firing is tomorrow's
            assertThat(next("cron(0 10 * * ? *)", "2026-11-29T10:00:00")).isEqualTo(utc("2026-11-30T10:00:00"));
            assertThat(next("cron(0 10 * * ? *)", "2026-11-29T10:00:01")).isEqualTo(utc("2026-11-30T10:00:00"));
        }

        @Test
        void cronIsInUtcWhateverTheZoneOfTheGivenInstant() {
            // 10:30 in Paris (UTC+1 in November) is 09:30 UTC: still before 10:00 UTC
            ZonedDateTime paris = ZonedDateTime.of(2026, 11, 29, 10, 30, 0, 0, ZoneId.of("Europe/Paris"));

            Optional<ZonedDateTime> next = ScheduleExpression.parse("cron(0 10 * * ? *)").nextAfter(paris);

            assertThat(next).contains(utc("2026-11-29T10:00:00"));
            assertThat(next.get().getOffset()).isEqualTo(ZoneOffset.UTC);
        }

        @Test
        void everyQuarterOfAnHour() {
            List<ZonedDateTime> firings = firings("cron(0/15 * * * ? *)", utc("2026-11-29T23:07:00"), 5);

            assertThat(firings).containsExactly(utc("2026-11-29T23:15:00"), utc("2026-11-29T23:30:00"),
                    utc("2026-11-29T23:45:00"), utc("2026-11-30T00:00:00"), utc("2026-11-30T00:15:00"));
        }

        @Test
        void stepsRangesAndListsCombine() {
            // minutes 10, 30 and 50 between 08:00 and 09:59
            List<ZonedDateTime> firings = firings("cron(10-59/20 8-9 * * ? *)", utc("2026-11-29T00:00:00"), 7);

            assertThat(firings).containsExactly(utc("2026-11-29T08:10:00"), utc("2026-11-29T08:30:00"),
                    utc("2026-11-29T08:50:00"), utc("2026-11-29T09:10:00"), utc("2026-11-29T09:30:00"),
                    utc("2026-11-29T09:50:00"), utc("2026-11-30T08:10:00"));
            assertThat(next("cron(5,40 6,18 * * ? *)", "2026-11-29T06:05:00")).isEqualTo(utc("2026-11-29T06:40:00"));
            assertThat(next("cron(5,40 6,18 * * ? *)", "2026-11-29T06:40:00")).isEqualTo(utc("2026-11-29T18:05:00"));
        }

        @Test
        void weekdaysOnlySkipTheWeekend() {
            // Friday 08:00 sharp: the next is Monday 08:00, not Saturday or Sunday
            assertThat(next("cron(0 8 ? * MON-FRI *)", "2026-11-27T08:00:00")).isEqualTo(utc("2026-11-30T08:00:00"));
            assertThat(next("cron(0 8 ? * MON-FRI *)", "2026-11-28T12:00:00")).isEqualTo(utc("2026-11-30T08:00:00"));
            assertThat(next("cron(0 8 ? * MON-FRI *)", "2026-11-30T07:59:00")).isEqualTo(utc("2026-11-30T08:00:00"));
            assertThat(firings("cron(0 8 ? * MON-FRI *)", utc("2026-11-27T09:00:00"), 10))
                    .extracting(ZonedDateTime::getDayOfWeek)
                    .doesNotContain(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY)
                    .hasSize(10);
        }

        /** EventBridge numbers the days of the week 1 (SUN) to 7 (SAT), unlike ISO (1 = Monday). */
        @ParameterizedTest
        @CsvSource({
                "1, SUNDAY", "2, MONDAY", "3, TUESDAY", "4, WEDNESDAY", "5, THURSDAY", "6, FRIDAY", "7, SATURDAY",
                "SUN, SUNDAY", "MON, MONDAY", "sat, SATURDAY"})
        void dayOfWeekNumbering(String dayOfWeek, DayOfWeek expected) {
            ZonedDateTime next = next("cron(0 12 ? * " + dayOfWeek + " *)", "2026-11-29T12:00:00");

            assertThat(next.getDayOfWeek()).isEqualTo(expected);
            assertThat(next).isAfter(utc("2026-11-29T12:00:00")).isBefore(utc("2026-12-06T12:00:01"));
        }

        @Test
        void monthNamesAndAYear() {
            assertThat(next("cron(0 0 1 JAN ? 2030)", "2026-11-29T10:00:00")).isEqualTo(utc("2030-01-01T00:00:00"));
            // a single firing: nothing after it
            assertThat(ScheduleExpression.parse("cron(0 0 1 JAN ? 2030)").nextAfter(utc("2030-01-01T00:00:00"))).isEmpty();
            assertThat(next("cron(30 6 15 MAR,SEP ? *)", "2026-11-29T10:00:00")).isEqualTo(utc("2027-03-15T06:30:00"));
            assertThat(next("cron(0 0 ? 2 3 *)", "2026-11-29T10:00:00")).isEqualTo(utc("2027-02-02T00:00:00"));
        }

        @Test
        void aDayOfMonthSomeMonthsLackIsSkippedInThem() {
            assertThat(next("cron(0 0 31 * ? *)", "2026-11-29T00:00:00")).isEqualTo(utc("2026-12-31T00:00:00"));
            assertThat(next("cron(0 0 29 FEB ? *)", "2026-11-29T00:00:00")).isEqualTo(utc("2028-02-29T00:00:00"));
        }

        @Test
        void anExpressionThatNeverFiresWithinFiveYearsGivesNothing() {
            assertThat(ScheduleExpression.parse("cron(0 0 30 FEB ? *)").nextAfter(utc("2026-11-29T00:00:00"))).isEmpty();
            assertThat(ScheduleExpression.parse("cron(0 0 1 JAN ? 2020)").nextAfter(utc("2026-11-29T00:00:00"))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "cron(60 10 * * ? *)", "cron(-1 10 * * ? *)", "cron(0 24 * * ? *)", "cron(0 10 0 * ? *)",
                "cron(0 10 32 * ? *)", "cron(0 10 * 0 ? *)", "cron(0 10 * 13 ? *)", "cron(0 10 ? * 0 *)",
                "cron(0 10 ? * 8 *)", "cron(0 10 * * ? 1969)", "cron(0 10 * * ? 2200)", "cron(0 10 * FOO ? *)",
                "cron(0/0 10 * * ? *)", "cron(a 10 * * ? *)", "cron(0 10 * * ?)",
                "cron(0 10 * * ? * *)", "cron(0 10 * *)"})
        void invalidFieldsAreRefused(String expression) {
            assertThatThrownBy(() -> ScheduleExpression.parse(expression)).isInstanceOf(IllegalArgumentException.class);
        }

        /** L, W and # are EventBridge syntax the local scheduler does not implement: refused, not misread. */
        @ParameterizedTest
        @ValueSource(strings = {"cron(30 22 L * ? *)", "cron(0 10 15W * ? *)", "cron(0 10 ? * 6L *)",
                "cron(0 10 ? * 3#2 *)", "cron(0 10 LW * ? *)"})
        void unsupportedWildcardsAreRefusedWithAClearMessage(String expression) {
            assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("not supported");
        }

        /**
         * EventBridge: "You can't specify the Day-of-month and Day-of-week fields in the same cron expression.
         * If you specify a value or a * in one of the fields, you must use a ? in the other."
         */
        @ParameterizedTest
        @ValueSource(strings = {"cron(0 10 * * * *)", "cron(0 10 1 * MON *)", "cron(0 10 * * MON *)",
                "cron(0 10 1 * * *)"})
        void dayOfMonthAndDayOfWeekCannotBothBeGiven(String expression) {
            assertThatThrownBy(() -> ScheduleExpression.parse(expression))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("?");
        }

        /** ? means "any" in the day fields only. */
        @ParameterizedTest
        @ValueSource(strings = {"cron(? 10 * * ? *)", "cron(0 ? * * ? *)", "cron(0 10 * ? ? *)", "cron(0 10 * * ? ?)"})
        void questionMarkOnlyInTheDayFields(String expression) {
            assertThatThrownBy(() -> ScheduleExpression.parse(expression)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static List<ZonedDateTime> firings(String expression, ZonedDateTime from, int count) {
        ScheduleExpression parsed = ScheduleExpression.parse(expression);
        List<ZonedDateTime> firings = new ArrayList<>();
        ZonedDateTime t = from;
        for (int i = 0; i < count; i++) {
            t = parsed.nextAfter(t).orElseThrow();
            firings.add(t);
        }
        return firings;
    }
}
