package fr.interconnectes.candidatures.adapter.aws.items;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the instants and dates the mappers store, as {@link Instant#toString} and {@link LocalDate#toString} wrote
 * them ({@code 2019-10-10T21:59:59Z}, {@code 2019-10-10T21:59:59.123Z}, {@code 2019-10-17}) by their digits. Any
 * other text goes to {@link Instant#parse} and {@link LocalDate#parse}, which accept or refuse it as before.
 *
 * <p>Why not the parsers alone: {@code DateTimeFormatter}'s resolution was the largest part of a warm
 * GetCampaign's own work (a campaign holds a dozen instants and dates, a dossier dozens), measured with JFR.
 */
final class StoredTimes {

    private StoredTimes() {
    }

    static Instant instant(String text) {
        int length = text.length();
        if (length >= 20 && length <= 30 && text.charAt(length - 1) == 'Z' && isDate(text) && text.charAt(10) == 'T'
                && text.charAt(13) == ':' && text.charAt(16) == ':' && digits(text, 11, 13) && digits(text, 14, 16)
                && digits(text, 17, 19)) {
            int nanos = 0;
            if (length > 20) {
                int fraction = length - 21;
                if (text.charAt(19) != '.' || fraction < 1 || fraction > 9 || !digits(text, 20, length - 1)) {
                    return Instant.parse(text);
                }
                nanos = number(text, 20, length - 1);
                for (int i = fraction; i < 9; i++) {
                    nanos *= 10;
                }
            } else if (text.charAt(19) != 'Z') {
                return Instant.parse(text);
            }
            int hour = number(text, 11, 13);
            int second = number(text, 17, 19);
            if (hour == 24 || second == 60) {
                return Instant.parse(text);
            }
            // LocalDateTime.of refuses the 31st of April, an hour of 25, as the formatter does
            return LocalDateTime.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10), hour,
                    number(text, 14, 16), second, nanos).toInstant(ZoneOffset.UTC);
        }
        return Instant.parse(text);
    }

    static LocalDate date(String text) {
        if (text.length() == 10 && isDate(text)) {
            return LocalDate.of(number(text, 0, 4), number(text, 5, 7), number(text, 8, 10));
        }
        return LocalDate.parse(text);
    }

    private static boolean isDate(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) && digits(text, 5, 7)
                && digits(text, 8, 10);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }
}
