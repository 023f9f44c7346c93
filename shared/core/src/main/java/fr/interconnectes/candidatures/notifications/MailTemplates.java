package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.port.Mailer;

/**
 * Writes a mail out from its model: subject, text body and HTML body, in the model's language. The self-service
 * link (and so any access token) appears only where the model's {@code link} is written.
 */
public interface MailTemplates {

    Mailer.Mail render(MailModel model);
}
