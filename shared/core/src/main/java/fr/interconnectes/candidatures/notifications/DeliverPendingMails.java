package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.port.Metric;
import java.time.Duration;

/**
 * The retry job: sends the mails still pending (SES was down, a request died before sending), page after page
 * with {@code senders} at once, at the mailer's send rate, for as long as the run's budget lasts. After an SES
 * outage during a rush the backlog drains at the send rate (README: Benchmarks).
 */
public record DeliverPendingMails(Outbox outbox, Settings settings) {

    /** Dossiers read a page. */
    static final int PAGE = 100;

    /**
     * @param budget        how long a run keeps starting pages (below the function's timeout)
     * @param senders       dossiers delivered at once
     * @param mailsPerSecond the SES account's maximum send rate, which {@link SendRate} keeps to
     */
    public record Settings(Duration budget, int senders, double mailsPerSecond) {

        public static final Settings DEFAULT = new Settings(Duration.ofSeconds(50), 16, 50);

        public Settings {
            if (budget.isNegative() || senders < 1 || !(mailsPerSecond > 0)) {
                throw new IllegalArgumentException("bad outbox settings " + budget + ", " + senders + ", " + mailsPerSecond);
            }
        }
    }

    public DeliverPendingMails(Outbox outbox) {
        this(outbox, Settings.DEFAULT);
    }

    /** One run; then the age of the oldest mail it left due is counted (a stuck outbox shows as a growing age). */
    public Outbox.Round execute() {
        Outbox.Round round = outbox.drain(settings.budget(), settings.senders(), PAGE);
        outbox.metrics().record(new Metric.OutboxBacklogAge(outbox.backlogAge()));
        return round;
    }
}
