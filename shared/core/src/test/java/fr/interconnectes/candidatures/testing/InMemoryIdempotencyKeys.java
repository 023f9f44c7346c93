package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.IdempotencyKeys;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** First writer wins until the entry expires, like the adapter's conditional write. */
public final class InMemoryIdempotencyKeys implements IdempotencyKeys {

    private final Map<String, Entry> stored = new ConcurrentHashMap<>();

    @Override
    public synchronized Entry putIfAbsent(Entry entry) {
        String key = entry.scope() + "#" + entry.keyHash();
        Entry current = stored.get(key);
        if (current == null || current.expiresAt().isBefore(entry.createdAt())) {
            stored.put(key, entry);
            return entry;
        }
        return current;
    }

    public int size() {
        return stored.size();
    }
}
