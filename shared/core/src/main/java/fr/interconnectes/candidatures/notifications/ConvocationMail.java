package fr.interconnectes.candidatures.notifications;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The convocation to the selection day (template {@code convocation}), an update of it after the slot moved, or
 * its cancellation (template {@code convocation_cancelled}); each carries a calendar invite ({@link #invite}).
 *
 * @param header               recipient, language, zone and what the dossier is
 * @param change               first convocation, update or cancellation
 * @param date                 the selection day, in the header's zone
 * @param placeName            the venue
 * @param placeAddress         its postal address, {@code null} when not given
 * @param room                 the panel's room
 * @param start                the audition's start
 * @param end                  its end
 * @param presentationMinutes  the presentation (label: 15 min; start-up pitch: 5 min)
 * @param questionMinutes      the jury's questions after it (label: 0, included; start-up: 5)
 * @param startup              whether the dossier is a start-up's (what to bring differs)
 * @param invite               the calendar invite attached
 * @param link                 self-service link, where the applicant confirms or declines (may carry the token)
 */
public record ConvocationMail(
        MailHeader header,
        Change change,
        LocalDate date,
        String placeName,
        String placeAddress,
        String room,
        Instant start,
        Instant end,
        int presentationMinutes,
        int questionMinutes,
        boolean startup,
        CalendarInvite invite,
        String link) implements MailModel {

    /** What the mail tells. */
    public enum Change { CONVENED, MOVED, CANCELLED }

    public ConvocationMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(date, "date");
        placeName = Checks.text(placeName, "placeName");
        placeAddress = Checks.optionalText(placeAddress);
        room = Checks.text(room, "room");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start) || presentationMinutes < 1 || questionMinutes < 0) {
            throw new IllegalArgumentException("not an audition: " + start + " to " + end);
        }
        Objects.requireNonNull(invite, "invite");
        if (invite.cancelled() != (change == Change.CANCELLED)) {
            throw new IllegalArgumentException("a cancellation goes with a cancelling invite, and only it");
        }
        link = Checks.link(link);
    }

    @Override
    public String kind() {
        return change == Change.CANCELLED ? "convocation_cancelled" : "convocation";
    }
}
