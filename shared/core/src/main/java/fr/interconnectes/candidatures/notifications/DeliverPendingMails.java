package fr.interconnectes.candidatures.notifications;

/** The retry job: sends the mails still pending (SES was down, a request died before sending). */
public record DeliverPendingMails(Outbox outbox) {

    static final int BATCH = 200;

    public Outbox.Round execute() {
        return outbox.deliverDue(BATCH);
    }
}
