package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.notifications.AccessLinkMail;
import fr.interconnectes.candidatures.notifications.ConfirmationMail;
import fr.interconnectes.candidatures.notifications.MailModel;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.notifications.ReminderMail;
import fr.interconnectes.candidatures.notifications.WithdrawalMail;
import fr.interconnectes.candidatures.port.Mailer;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a mail as its kind, campaign title and link, and keeps the models it was given: tests read what a notice
 * said without the real templates (their own tests are with the Mustache adapter).
 */
public final class PlainMailTemplates implements MailTemplates {

    private final List<MailModel> rendered = new ArrayList<>();

    @Override
    public synchronized Mailer.Mail render(MailModel model) {
        rendered.add(model);
        String subject = model.kind() + " – " + model.campaignTitle();
        String link = link(model);
        String text = link == null ? subject + "\n" : subject + "\n" + link + "\n";
        return new Mailer.Mail(model.to(), subject, text, "<p>" + text + "</p>");
    }

    /** Every model rendered, in order. */
    public synchronized List<MailModel> rendered() {
        return List.copyOf(rendered);
    }

    /** The models of one type rendered, in order. */
    public synchronized <T extends MailModel> List<T> rendered(Class<T> type) {
        return rendered.stream().filter(type::isInstance).map(type::cast).toList();
    }

    private static String link(MailModel model) {
        if (model instanceof ConfirmationMail m) {
            return m.link();
        } else if (model instanceof WithdrawalMail m) {
            return m.link();
        } else if (model instanceof AccessLinkMail m) {
            return m.link();
        } else if (model instanceof ReminderMail m) {
            return m.link() + "\n" + m.unsubscribeLink();
        }
        return null;
    }
}
