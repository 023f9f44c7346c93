package fr.interconnectes.candidatures.port;

/** Sends e-mails. Throws {@link MailNotSent} when the mail service refuses or cannot be reached. */
public interface Mailer {

    /** @return the provider's message id */
    String send(Mail mail);

    record Mail(String to, String subject, String textBody, String htmlBody) {
    }

    class MailNotSent extends RuntimeException {
        public MailNotSent(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
