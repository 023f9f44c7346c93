package fr.interconnectes.candidatures.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent when a campaign closed while the dossier was still a draft (template {@code expired}).
 *
 * @param header    recipient, language, zone and what the dossier is
 * @param deadline  the deadline that passed
 */
public record ExpiredMail(MailHeader header, Instant deadline) implements MailModel {

    public ExpiredMail {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(deadline, "deadline");
    }

    @Override
    public String kind() {
        return "expired";
    }
}
