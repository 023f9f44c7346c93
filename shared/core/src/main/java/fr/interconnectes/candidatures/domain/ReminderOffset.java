package fr.interconnectes.candidatures.domain;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * How long before a dossier's deadline its draft is reminded: whole days ({@code P7D}: the same time of day,
 * seven calendar days earlier in the campaign's zone, so DST changes nothing) or hours and minutes
 * ({@code PT6H}). Written and stored as its ISO-8601 code.
 */
public record ReminderOffset(String code) implements Comparable<ReminderOffset> {

    /** A week and a day before the deadline, Paris time: what a campaign gets unless its organisers say otherwise. */
    public static final List<ReminderOffset> DEFAULTS = List.of(new ReminderOffset("P7D"), new ReminderOffset("P1D"));
    public static final Duration SHORTEST = Duration.ofHours(1);
    public static final int LONGEST_DAYS = 60;
    public static final int MAX_PER_CAMPAIGN = 5;

    public ReminderOffset {
        String normalised = normalise(code);
        if (normalised == null) {
            throw new IllegalArgumentException("not a reminder offset: " + code);
        }
        code = normalised;
    }

    /** The offset of an ISO-8601 code (whole days, or hours and minutes) within 1 hour and 60 days, if it is one. */
    public static Optional<ReminderOffset> parse(String code) {
        return normalise(code) == null ? Optional.empty() : Optional.of(new ReminderOffset(code));
    }

    /** The code as {@link Period} or {@link Duration} writes it, or null when it is no offset of the range. */
    private static String normalise(String code) {
        if (code == null || code.length() > 16) {
            return null;
        }
        try {
            if (code.toUpperCase(java.util.Locale.ROOT).contains("T")) {
                Duration duration = Duration.parse(code);
                boolean fits = duration.compareTo(SHORTEST) >= 0 && duration.compareTo(Duration.ofDays(LONGEST_DAYS)) <= 0
                        && duration.toSecondsPart() == 0 && duration.toNanosPart() == 0;
                return fits ? duration.toString() : null;
            }
            Period period = Period.parse(code);
            boolean fits = period.getYears() == 0 && period.getMonths() == 0 && period.getDays() >= 1
                    && period.getDays() <= LONGEST_DAYS;
            return fits ? period.toString() : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** When a dossier whose deadline is {@code deadline} is reminded, read in {@code zone}. */
    public Instant before(Instant deadline, ZoneId zone) {
        return code.contains("T") ? deadline.minus(Duration.parse(code))
                : deadline.atZone(zone).minus(Period.parse(code)).toInstant();
    }

    /** Longer offsets first: {@code P7D} before {@code P1D} before {@code PT6H}. */
    @Override
    public int compareTo(ReminderOffset other) {
        Instant reference = Instant.parse("2026-01-15T12:00:00Z");
        return before(reference, ZoneId.of("UTC")).compareTo(other.before(reference, ZoneId.of("UTC")));
    }
}
