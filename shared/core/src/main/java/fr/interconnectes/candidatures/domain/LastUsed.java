package fr.interconnectes.candidatures.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The values last computed from a few keys, for a pure computation a warm function repeats on every request (a
 * campaign read from the same stored text, its answer in the same language): at most {@code capacity} kept, the
 * least recently used dropped first. Thread-safe. Only for values that depend on nothing but their key.
 */
public final class LastUsed<K, V> {

    private final Map<K, V> values;

    public LastUsed(int capacity) {
        this.values = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value of {@code key}, computed by {@code compute} unless kept; a computation that throws keeps nothing. */
    public V get(K key, Function<K, V> compute) {
        synchronized (values) {
            V kept = values.get(key);
            if (kept != null) {
                return kept;
            }
        }
        // computed outside the lock: two threads may compute the same value, and either is right
        V value = compute.apply(key);
        synchronized (values) {
            values.put(key, value);
        }
        return value;
    }
}
