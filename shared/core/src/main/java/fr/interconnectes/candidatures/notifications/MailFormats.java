package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.ReminderOffset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * Dates, times and sizes written for people, in French or English.
 *
 * <ul>
 *   <li>French: « jeudi 10 octobre 2019 à 23 h 59 (heure de Paris) », « mardi 1er octobre 2019 », « 1,2 Mo »</li>
 *   <li>English: "Thursday 10 October 2019 at 11:59 pm (Paris time)", "Tuesday 1 October 2019", "1.2 MB"</li>
 * </ul>
 *
 * Sizes are binary multiples (1 Mo = 1 MB = 1024 × 1024 bytes), as file managers and upload limits count them.
 * Plain spaces are used (no non-breaking spaces), so the values can be searched for as written above.
 */
public final class MailFormats {

    private static final DateTimeFormatter FR_WEEKDAY = DateTimeFormatter.ofPattern("EEEE", Locale.FRENCH);
    private static final DateTimeFormatter FR_MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH);

    /** How each zone a French region uses is named after the time: « (heure de …) » / "(… time)". */
    private static final Map<String, String[]> ZONE_NAMES = Map.of(
            "Europe/Paris", new String[] {"heure de Paris", "Paris time"},
            "America/Guadeloupe", new String[] {"heure de la Guadeloupe", "Guadeloupe time"},
            "America/Martinique", new String[] {"heure de la Martinique", "Martinique time"},
            "America/Cayenne", new String[] {"heure de la Guyane", "French Guiana time"},
            "Indian/Reunion", new String[] {"heure de La Réunion", "Réunion time"},
            "Indian/Mayotte", new String[] {"heure de Mayotte", "Mayotte time"});

    private static final String[] FR_UNITS = {"ko", "Mo", "Go", "To"};
    private static final String[] EN_UNITS = {"kB", "MB", "GB", "TB"};

    private MailFormats() {
    }

    /** A moment as read in {@code zone}, with the zone named after it. */
    public static String dateTime(Instant instant, ZoneId zone, Language language) {
        LocalDate day = instant.atZone(zone).toLocalDate();
        String at = language == Language.EN ? " at " : " à ";
        return date(day, language) + at + time(instant, zone, language) + " (" + zoneName(zone, language) + ")";
    }

    /** A time of day as read in {@code zone}: « 9 h 30 », "9:30 am". */
    public static String time(Instant instant, ZoneId zone, Language language) {
        ZonedDateTime local = instant.atZone(zone);
        if (language == Language.EN) {
            int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
            return String.format(Locale.ROOT, "%d:%02d %s", hour12, local.getMinute(), local.getHour() < 12 ? "am" : "pm");
        }
        return String.format(Locale.ROOT, "%d h %02d", local.getHour(), local.getMinute());
    }

    /** A calendar day with its weekday: « jeudi 17 octobre 2019 », "Thursday 17 October 2019". */
    public static String date(LocalDate date, Language language) {
        if (language == Language.EN) {
            return EN_DATE.format(date);
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return FR_WEEKDAY.format(date) + " " + day + " " + FR_MONTH_YEAR.format(date);
    }

    /** How long a reminder offset leaves: « 7 jours », « 1 jour », « 6 heures » / "7 days", "1 day", "6 hours". */
    public static String remaining(ReminderOffset offset, Language language) {
        boolean english = language == Language.EN;
        if (!offset.code().contains("T")) {
            int days = java.time.Period.parse(offset.code()).getDays();
            return days + (english ? (days == 1 ? " day" : " days") : (days == 1 ? " jour" : " jours"));
        }
        java.time.Duration duration = java.time.Duration.parse(offset.code());
        if (duration.toMinutesPart() == 0) {
            long hours = duration.toHours();
            return hours + (english ? (hours == 1 ? " hour" : " hours") : (hours == 1 ? " heure" : " heures"));
        }
        long minutes = duration.toMinutes();
        return minutes + (english ? " minutes" : " minutes");
    }

    /** « heure de Paris » / "Paris time"; for a zone no French region uses, « fuseau Asia/Tokyo » / "Asia/Tokyo time". */
    public static String zoneName(ZoneId zone, Language language) {
        String[] names = ZONE_NAMES.get(zone.getId());
        if (names != null) {
            return names[language == Language.EN ? 1 : 0];
        }
        return language == Language.EN ? zone.getId() + " time" : "fuseau " + zone.getId();
    }

    /**
     * A file size: « 830 octets », « 12 ko », « 1,2 Mo » / "830 bytes", "12 kB", "1.2 MB". One decimal below 100
     * units (dropped when it is 0), none from 100 on.
     */
    public static String size(long bytes, Language language) {
        if (bytes < 0) {
            throw new IllegalArgumentException("negative size: " + bytes);
        }
        boolean english = language == Language.EN;
        if (bytes < 1024) {
            String unit = english ? (bytes == 1 ? "byte" : "bytes") : (bytes <= 1 ? "octet" : "octets");
            return bytes + " " + unit;
        }
        double value = bytes / 1024.0;
        int unit = 0;
        while (true) {
            String shown = number(value, english);
            boolean roundsUpToNextUnit = rounded(value) >= 1024;
            if (!roundsUpToNextUnit || unit == FR_UNITS.length - 1) {
                return shown + " " + (english ? EN_UNITS : FR_UNITS)[unit];
            }
            value /= 1024;
            unit++;
        }
    }

    private static double rounded(double value) {
        return value < 100 ? Math.round(value * 10) / 10.0 : Math.round(value);
    }

    private static String number(double value, boolean english) {
        double r = rounded(value);
        if (r == Math.rint(r)) {
            return Long.toString((long) r);
        }
        return String.format(english ? Locale.ENGLISH : Locale.FRENCH, "%.1f", r);
    }
}
