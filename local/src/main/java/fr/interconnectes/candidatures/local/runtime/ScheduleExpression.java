package fr.interconnectes.candidatures.local.runtime;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An EventBridge schedule expression, {@code rate(5 minutes)} or {@code cron(min hour dom month dow year)}
 * (UTC), able to tell when it fires next. Supports *, ?, lists, ranges, steps and day names; not L, W, #,
 * which are refused rather than misread. What EventBridge refuses on deploy is refused here too: a rate
 * whose unit does not agree in number with its value ({@code rate(1 hours)}, {@code rate(5 minute)}), a
 * cron giving both a day of month and a day of week (one of them must be {@code ?}), {@code ?} elsewhere
 * than in those two fields.
 */
public sealed interface ScheduleExpression {

    Pattern RATE = Pattern.compile("rate\\((\\d+)\\s+(minute|hour|day)(s?)\\)");
    Pattern CRON = Pattern.compile("cron\\((.+)\\)");

    /** The first firing strictly after {@code after}, if any within five years. */
    Optional<ZonedDateTime> nextAfter(ZonedDateTime after);

    static ScheduleExpression parse(String expression) {
        String text = expression.trim();
        Matcher rate = RATE.matcher(text);
        if (rate.matches()) {
            long amount;
            try {
                amount = Long.parseLong(rate.group(1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("rate value out of range: " + expression, e);
            }
            if (amount <= 0) {
                throw new IllegalArgumentException("rate must be positive: " + expression);
            }
            boolean plural = !rate.group(3).isEmpty();
            if (plural != (amount > 1)) {
                throw new IllegalArgumentException("rate unit must be singular for 1 and plural above"
                        + " (rate(1 hour), rate(5 hours)): " + expression);
            }
            Duration unit = switch (rate.group(2)) {
                case "minute" -> Duration.ofMinutes(1);
                case "hour" -> Duration.ofHours(1);
                default -> Duration.ofDays(1);
            };
            return new Rate(unit.multipliedBy(amount));
        }
        Matcher cron = CRON.matcher(text);
        if (cron.matches()) {
            return Cron.parse(cron.group(1));
        }
        throw new IllegalArgumentException("Unsupported schedule expression: " + expression);
    }

    record Rate(Duration period) implements ScheduleExpression {
        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
            return Optional.of(after.plus(period));
        }
    }

    record Cron(BitSet minutes, BitSet hours, BitSet daysOfMonth, BitSet months, BitSet daysOfWeek,
                BitSet years, boolean anyDayOfMonth, boolean anyDayOfWeek) implements ScheduleExpression {

        static Cron parse(String fields) {
            String[] parts = fields.trim().split("\\s+");
            if (parts.length != 6) {
                throw new IllegalArgumentException("cron needs 6 fields (min hour dom month dow year): " + fields);
            }
            for (int i : new int[] {0, 1, 3, 5}) {
                if (parts[i].contains("?")) {
                    throw new IllegalArgumentException("cron: ? is only allowed in the day-of-month and"
                            + " day-of-week fields: " + fields);
                }
            }
            if (!parts[2].equals("?") && !parts[4].equals("?")) {
                throw new IllegalArgumentException("cron: day-of-month and day-of-week cannot both be given,"
                        + " one of them must be ?: " + fields);
            }
            return new Cron(
                    field(parts[0], 0, 59, null),
                    field(parts[1], 0, 23, null),
                    field(parts[2], 1, 31, null),
                    field(parts[3], 1, 12, new String[] {"JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG",
                            "SEP", "OCT", "NOV", "DEC"}),
                    field(parts[4], 1, 7, new String[] {"SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"}),
                    field(parts[5], 1970, 2199, null),
                    parts[2].equals("?") || parts[2].equals("*"),
                    parts[4].equals("?") || parts[4].equals("*"));
        }

        @Override
        public Optional<ZonedDateTime> nextAfter(ZonedDateTime after) {
            ZonedDateTime t = after.withZoneSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
            ZonedDateTime limit = t.plusYears(5);
            while (t.isBefore(limit)) {
                if (!years.get(t.getYear()) || !months.get(t.getMonthValue())) {
                    t = t.plusMonths(1).withDayOfMonth(1).withHour(0).withMinute(0);
                    continue;
                }
                if (!dayMatches(t)) {
                    t = t.plusDays(1).withHour(0).withMinute(0);
                    continue;
                }
                if (!hours.get(t.getHour())) {
                    t = t.plusHours(1).withMinute(0);
                    continue;
                }
                if (!minutes.get(t.getMinute())) {
                    t = t.plusMinutes(1);
                    continue;
                }
                return Optional.of(t);
            }
            return Optional.empty();
        }

        private boolean dayMatches(ZonedDateTime t) {
            // EventBridge numbers days 1 (SUN) to 7 (SAT)
            int dayOfWeek = t.getDayOfWeek() == DayOfWeek.SUNDAY ? 1 : t.getDayOfWeek().getValue() + 1;
            boolean domOk = daysOfMonth.get(t.getDayOfMonth());
            boolean dowOk = daysOfWeek.get(dayOfWeek);
            if (anyDayOfMonth && anyDayOfWeek) {
                return true;
            }
            if (anyDayOfMonth) {
                return dowOk;
            }
            if (anyDayOfWeek) {
                return domOk;
            }
            return domOk && dowOk;
        }

        private static BitSet field(String text, int min, int max, String[] names) {
            BitSet bits = new BitSet(max + 1);
            for (String item : text.toUpperCase(Locale.ROOT).split(",")) {
                int step = 1;
                String range = item;
                int slash = item.indexOf('/');
                if (slash >= 0) {
                    step = value(item.substring(slash + 1), null, 0, text);
                    range = item.substring(0, slash);
                }
                int from;
                int to;
                if (range.equals("*") || range.equals("?")) {
                    from = min;
                    to = max;
                } else if (range.contains("-")) {
                    String[] bounds = range.split("-", 2);
                    from = value(bounds[0], names, min, text);
                    to = value(bounds[1], names, min, text);
                } else {
                    from = value(range, names, min, text);
                    to = slash >= 0 ? max : from;
                }
                if (from < min || to > max || from > to || step <= 0) {
                    throw new IllegalArgumentException("Bad cron field '" + text + "'");
                }
                for (int v = from; v <= to; v += step) {
                    bits.set(v);
                }
            }
            return bits;
        }

        private static int value(String token, String[] names, int min, String field) {
            if (names != null) {
                for (int i = 0; i < names.length; i++) {
                    if (names[i].equals(token)) {
                        return i + min;
                    }
                }
            }
            try {
                return Integer.parseInt(token);
            } catch (NumberFormatException e) {
                if (token.contains("L") || token.contains("W") || token.contains("#")) {
                    throw new IllegalArgumentException("cron wildcards L, W and # are not supported by the local"
                            + " scheduler: '" + field + "'", e);
                }
                throw new IllegalArgumentException("Bad cron field '" + field + "'", e);
            }
        }
    }
}
