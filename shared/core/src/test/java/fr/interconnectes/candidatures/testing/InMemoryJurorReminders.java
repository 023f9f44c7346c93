package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.JurorReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Jurors' reminders by campaign, day and juror, with the adapter's claim rule. */
public final class InMemoryJurorReminders implements JurorReminders {

    private record Entry(boolean sent, Instant claimedUntil) {
    }

    private final Map<String, Entry> stored = new ConcurrentHashMap<>();

    @Override
    public synchronized boolean claim(String campaignId, LocalDate day, String jurorId, Instant now, Instant leaseUntil) {
        Entry current = stored.get(key(campaignId, day, jurorId));
        if (current != null && (current.sent() || !current.claimedUntil().isBefore(now))) {
            return false;
        }
        stored.put(key(campaignId, day, jurorId), new Entry(false, leaseUntil));
        return true;
    }

    @Override
    public void markSent(String campaignId, LocalDate day, String jurorId, Instant sentAt, String providerMessageId) {
        stored.put(key(campaignId, day, jurorId), new Entry(true, sentAt));
    }

    @Override
    public synchronized void release(String campaignId, LocalDate day, String jurorId) {
        stored.computeIfPresent(key(campaignId, day, jurorId), (k, e) -> e.sent() ? e : null);
    }

    /** Whether the juror's reminder of that day was sent. */
    public boolean sent(String campaignId, LocalDate day, String jurorId) {
        Entry entry = stored.get(key(campaignId, day, jurorId));
        return entry != null && entry.sent();
    }

    private static String key(String campaignId, LocalDate day, String jurorId) {
        return campaignId + "#" + day + "#" + jurorId;
    }
}
