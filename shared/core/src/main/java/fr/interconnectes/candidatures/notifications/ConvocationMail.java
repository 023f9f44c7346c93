package fr.interconnectes.candidatures.notifications;

import java.util.Objects;

/**
 * The convocation to the selection day (template {@code convocation}), an update of it after the slot moved, or
 * its cancellation (template {@code convocation_cancelled}); each carries a calendar invite ({@link #invite}).
 *
 * @param header    recipient, language, zone and what the dossier is
 * @param change    first convocation, update or cancellation
 * @param audition  when, where, before which panel, in which format
 * @param invite    the calendar invite attached
 * @param link      self-service link, where the applicant confirms or declines (may carry the token)
 */
public record ConvocationMail(MailHeader header, Change change, Audition audition, CalendarInvite invite,
                              String link) implements MailModel {

    /** What the mail tells. */
    public enum Change { CONVENED, MOVED, CANCELLED }

    public ConvocationMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(audition, "audition");
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
