package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.ReminderOffset;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
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

    // Written out rather than formatted with Locale.FRENCH and Locale.ENGLISH: the JDK's CLDR locale data cost 25 to
    // 35 ms the first time a function writes a mail (measured on one CPU with Lambda's JVM flags), for seven days,
    // twelve months and a decimal comma.
    private static final String[] FR_WEEKDAYS = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
    private static final String[] EN_WEEKDAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
        "Sunday"};
    private static final String[] FR_MONTHS = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
        "septembre", "octobre", "novembre", "décembre"};
    private static final String[] EN_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};

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
        String minutes = local.getMinute() < 10 ? "0" + local.getMinute() : Integer.toString(local.getMinute());
        if (language == Language.EN) {
            int hour12 = local.getHour() % 12 == 0 ? 12 : local.getHour() % 12;
            return hour12 + ":" + minutes + (local.getHour() < 12 ? " am" : " pm");
        }
        return local.getHour() + " h " + minutes;
    }

    /** A calendar day with its weekday: « jeudi 17 octobre 2019 », "Thursday 17 October 2019". */
    public static String date(LocalDate date, Language language) {
        int weekday = date.getDayOfWeek().ordinal();
        int month = date.getMonthValue() - 1;
        if (language == Language.EN) {
            return EN_WEEKDAYS[weekday] + " " + date.getDayOfMonth() + " " + EN_MONTHS[month] + " " + date.getYear();
        }
        String day = date.getDayOfMonth() == 1 ? "1er" : Integer.toString(date.getDayOfMonth());
        return FR_WEEKDAYS[weekday] + " " + day + " " + FR_MONTHS[month] + " " + date.getYear();
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
        long tenths = Math.round(rounded(value) * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return tenths / 10 + (english ? "." : ",") + tenths % 10;
    }
}
