package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.port.Mailer;

/**
 * The mailer at most {@code mailsPerSecond} sends a second, however many senders share it: SES refuses what goes
 * beyond the account's maximum send rate. Each send waits for its slot (slots evenly spaced, no burst).
 */
public final class SendRate implements Mailer {

    private final Mailer mailer;
    private final long nanosBetween;
    private long nextSlot = System.nanoTime();

    public SendRate(Mailer mailer, double mailsPerSecond) {
        if (!(mailsPerSecond > 0)) {
            throw new IllegalArgumentException("send rate must be positive: " + mailsPerSecond);
        }
        this.mailer = mailer;
        this.nanosBetween = (long) (1_000_000_000L / mailsPerSecond);
    }

    @Override
    public String send(Mail mail) {
        long slot;
        synchronized (this) {
            slot = Math.max(nextSlot, System.nanoTime());
            nextSlot = slot + nanosBetween;
        }
        long wait = slot - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new Mailer.MailNotSent("interrupted while waiting for the send rate", e);
            }
        }
        return mailer.send(mail);
    }
}
