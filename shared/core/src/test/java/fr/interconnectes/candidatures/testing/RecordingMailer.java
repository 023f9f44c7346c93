package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.Mailer;
import java.util.ArrayList;
import java.util.List;

/** Keeps the mails it is asked to send; can refuse the next ones, as SES does when it is down. */
public final class RecordingMailer implements Mailer {

    private final List<Mail> sent = new ArrayList<>();
    private int refusals;

    @Override
    public synchronized String send(Mail mail) {
        if (refusals > 0) {
            refusals--;
            throw new MailNotSent("mail service refused", null);
        }
        sent.add(mail);
        return "message-" + sent.size();
    }

    /** The next {@code count} sends fail with {@link MailNotSent}. */
    public synchronized void refuseNext(int count) {
        refusals = count;
    }

    public synchronized List<Mail> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<Mail> sentTo(String address) {
        return sent.stream().filter(m -> m.to().equalsIgnoreCase(address)).toList();
    }
}
