package fr.interconnectes.candidatures.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An applicant's audition on the selection day, as a convocation tells it.
 *
 * @param date                 the selection day, in the campaign's zone
 * @param placeName            the venue
 * @param placeAddress         its postal address, {@code null} when not given
 * @param room                 the panel's room
 * @param start                the audition's start
 * @param end                  its end
 * @param presentationMinutes  the presentation (label: 15 min; start-up pitch: 5 min)
 * @param questionMinutes      the jury's questions after it (label: 0, included; start-up: 5)
 * @param startup              whether the dossier is a start-up's (what to bring differs)
 */
public record Audition(LocalDate date, String placeName, String placeAddress, String room, Instant start, Instant end,
                       int presentationMinutes, int questionMinutes, boolean startup) {

    public Audition {
        Objects.requireNonNull(date, "date");
        placeName = Checks.text(placeName, "placeName");
        placeAddress = Checks.optionalText(placeAddress);
        room = Checks.text(room, "room");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start) || presentationMinutes < 1 || questionMinutes < 0) {
            throw new IllegalArgumentException("not an audition: " + start + " to " + end);
        }
    }
}
