package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.RegionalSelection;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Sent when a dossier is submitted (template {@code confirmation}).
 *
 * @param header             recipient, language, zone and what the dossier is
 * @param receiptNumber      receipt number, e.g. {@code ARA-2019-L-0042}
 * @param submittedAt        when the dossier was submitted
 * @param attachments        the files in the dossier (may be empty)
 * @param regionalSelection  date and place of the regional jury ({@code null} when not known yet)
 * @param deadline           when the campaign closes: until then the dossier can be edited and stays submitted
 * @param link               self-service link (may carry the access token)
 */
public record ConfirmationMail(
        MailHeader header,
        String receiptNumber,
        Instant submittedAt,
        List<Attachment> attachments,
        RegionalSelection regionalSelection,
        Instant deadline,
        String link) implements MailModel {

    public ConfirmationMail {
        Objects.requireNonNull(header, "header");
        receiptNumber = Checks.text(receiptNumber, "receiptNumber");
        Objects.requireNonNull(submittedAt, "submittedAt");
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        Objects.requireNonNull(deadline, "deadline");
        link = Checks.link(link);
    }

    @Override
    public String kind() {
        return "confirmation";
    }

    /** A file of the dossier: its name as uploaded and its size in bytes. */
    public record Attachment(String fileName, long sizeBytes) {

        public Attachment {
            Checks.text(fileName, "fileName");
            if (sizeBytes < 0) {
                throw new IllegalArgumentException("negative size for " + fileName);
            }
        }
    }
}
