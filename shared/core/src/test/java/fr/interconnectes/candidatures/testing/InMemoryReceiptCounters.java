package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One counter per campaign, from 1. */
public final class InMemoryReceiptCounters implements ReceiptCounters {

    private final Map<String, Long> counters = new ConcurrentHashMap<>();

    @Override
    public long next(String campaignId) {
        return counters.merge(campaignId, 1L, Long::sum);
    }
}
