package fr.interconnectes.candidatures.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Instants as people read them, in the campaign's time zone: « jeudi 10 octobre 2019 à 23:59:59 ». */
public final class PeopleDates {

    private static final DateTimeFormatter FRENCH =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'à' HH:mm:ss", Locale.FRENCH);
    private static final DateTimeFormatter ENGLISH =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm:ss", Locale.ENGLISH);

    private PeopleDates() {
    }

    /** A day as people read it: « dimanche 17 octobre 2027 », "Sunday 17 October 2027". */
    public static LocalizedText date(java.time.LocalDate date) {
        return new LocalizedText(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH).format(date),
                DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.ENGLISH).format(date));
    }

    public static LocalizedText dateTime(Instant instant, ZoneId zone) {
        var zoned = instant.atZone(zone);
        return new LocalizedText(FRENCH.format(zoned), ENGLISH.format(zoned));
    }
}
