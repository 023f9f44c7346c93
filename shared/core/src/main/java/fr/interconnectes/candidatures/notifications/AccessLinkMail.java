package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent when someone asks for the links to their dossier again (template {@code access_link}).
 *
 * @param header         recipient, language, zone and what the dossier is
 * @param status         where the dossier stands
 * @param receiptNumber  receipt number, {@code null} when the dossier was never submitted
 * @param deadline       when the campaign closes, {@code null} to leave it out
 * @param link           self-service link (may carry the access token)
 */
public record AccessLinkMail(
        MailHeader header,
        Status status,
        String receiptNumber,
        Instant deadline,
        String link) implements MailModel {

    /** The kind of this mail: the quiet period between two of them counts by it. */
    public static final String KIND = "access_link";

    public AccessLinkMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(status, "status");
        receiptNumber = Checks.optionalText(receiptNumber);
        link = Checks.link(link);
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** Where a dossier stands, as told to the applicant. */
    public enum Status {
        /** Being written, not submitted yet. */
        DRAFT("brouillon, pas encore déposé", "draft, not submitted yet"),
        /** Submitted (it may still be edited until the campaign closes). */
        SUBMITTED("déposé", "submitted"),
        /** Withdrawn by the applicant. */
        WITHDRAWN("retiré", "withdrawn"),
        /** Still a draft when the campaign closed. */
        EXPIRED("non déposé avant la clôture de l'appel", "not submitted before the call closed");

        private final LocalizedText label;

        Status(String french, String english) {
            this.label = new LocalizedText(french, english);
        }

        public String label(Language language) {
            return label.in(language);
        }
    }
}
