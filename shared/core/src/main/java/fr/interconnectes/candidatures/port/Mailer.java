package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.candidacy.MailAttachment;
import java.util.List;

/** Sends e-mails. Throws {@link MailNotSent} when the mail service refuses or cannot be reached. */
public interface Mailer {

    /** @return the provider's message id */
    String send(Mail mail);

    /**
     * Sends a mail labelled with the dossier and outbox mail it comes from, so that the mail service's reports
     * (delivery, bounce, complaint) can be traced back to them; a mailer that cannot label sends it plain.
     */
    default String send(Mail mail, Tags tags) {
        return send(mail);
    }

    /** A mail; {@code attachments} (never {@code null}, often empty) are text files such as a calendar invite. */
    record Mail(String to, String subject, String textBody, String htmlBody, List<MailAttachment> attachments) {

        public Mail {
            attachments = attachments == null ? List.of() : List.copyOf(attachments);
        }

        /** A mail without attachments. */
        public Mail(String to, String subject, String textBody, String htmlBody) {
            this(to, subject, textBody, htmlBody, List.of());
        }
    }

    /** Which dossier and which of its outbox mails a mail is. */
    record Tags(String candidacyId, String mailId) {
    }

    class MailNotSent extends RuntimeException {
        public MailNotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
