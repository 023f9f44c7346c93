package fr.interconnectes.candidatures.notifications;

import java.time.Instant;
import java.util.Objects;

/**
 * Sent when a dossier is withdrawn (template {@code withdrawal}).
 *
 * @param header         recipient, language, zone and what the dossier is
 * @param receiptNumber  receipt number, {@code null} when the dossier was never submitted
 * @param withdrawnAt    when the dossier was withdrawn
 * @param link           self-service link (may carry the access token)
 */
public record WithdrawalMail(
        MailHeader header,
        String receiptNumber,
        Instant withdrawnAt,
        String link) implements MailModel {

    public WithdrawalMail {
        Objects.requireNonNull(header, "header");
        receiptNumber = Checks.optionalText(receiptNumber);
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        link = Checks.link(link);
    }

    @Override
    public String kind() {
        return "withdrawal";
    }
}
