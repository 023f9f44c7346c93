package fr.interconnectes.candidatures.port;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Which juror was reminded on which day, so that each is reminded once a day at most, whatever the retries and the
 * runs at the same time: a sender first claims the juror's day (with a lease), then marks it sent, or releases it
 * when the mail could not go (a later run tries again).
 */
public interface JurorReminders {

    /**
     * Claims the juror's reminder of {@code day} until {@code leaseUntil}: true when nobody sent it nor holds an
     * unexpired claim on it (then the caller sends it), false otherwise.
     */
    boolean claim(String campaignId, LocalDate day, String jurorId, Instant now, Instant leaseUntil);

    void markSent(String campaignId, LocalDate day, String jurorId, Instant sentAt, String providerMessageId);

    /** Gives the claim up: the mail did not go. */
    void release(String campaignId, LocalDate day, String jurorId);
}
