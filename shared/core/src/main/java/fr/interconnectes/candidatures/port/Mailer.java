package fr.interconnectes.candidatures.port;

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

    record Mail(String to, String subject, String textBody, String htmlBody) {
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
