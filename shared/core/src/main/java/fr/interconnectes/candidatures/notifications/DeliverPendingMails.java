package fr.interconnectes.candidatures.notifications;

/** The retry job: sends the mails still pending (SES was down, a request died before sending). */
public final class DeliverPendingMails {

    static final int BATCH = 200;

    private final MailOutbox outbox;

    public DeliverPendingMails(MailOutbox outbox) {
        this.outbox = outbox;
    }

    public MailOutbox.Round execute() {
        return outbox.deliverDue(BATCH);
    }
}
