package fr.interconnectes.candidatures.notifications;

/** The retry job: sends the mails still pending (SES was down, a request died before sending). */
public final class DeliverPendingMails {

    static final int BATCH = 200;

    private final Outbox outbox;

    public DeliverPendingMails(Outbox outbox) {
        this.outbox = outbox;
    }

    public Outbox.Round execute() {
        return outbox.deliverDue(BATCH);
    }
}
