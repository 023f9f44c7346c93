package fr.interconnectes.candidatures.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * The identity of a convocation's calendar invite (RFC 5545); what it says (when, where, summary, description) is
 * the {@link ConvocationMail}'s. A calendar replaces the event of the same {@code uid} by one of a higher
 * {@code sequence}, or removes it on a cancellation.
 *
 * @param uid             the same for a dossier and a round, whatever changes
 * @param sequence        raised on each change of the audition (0 for the first invite)
 * @param cancelled       {@code METHOD:CANCEL} rather than {@code METHOD:REQUEST}
 * @param stamp           when the invite was made ({@code DTSTAMP})
 * @param organizerName   who convenes (the call's organisers)
 * @param organizerEmail  their address, the sender's
 * @param attendeeName    the applicant's contact, {@code null} for none
 */
public record CalendarInvite(String uid, int sequence, boolean cancelled, Instant stamp, String organizerName,
                             String organizerEmail, String attendeeName) {

    public CalendarInvite {
        uid = Checks.text(uid, "uid");
        if (sequence < 0) {
            throw new IllegalArgumentException("negative sequence");
        }
        Objects.requireNonNull(stamp, "stamp");
        organizerName = Checks.text(organizerName, "organizerName");
        organizerEmail = Checks.recipient(organizerEmail);
        attendeeName = Checks.optionalText(attendeeName);
    }

    /** The UID of a dossier's audition in a round: stable across moves, the same for the cancellation. */
    public static String uidOf(String campaignId, String candidacyId) {
        return "audition-" + campaignId + "-" + candidacyId + "@candidatures.interconnectes.fr";
    }
}
