package fr.interconnectes.candidatures.local;

import fr.interconnectes.candidatures.http.StreamingJson;
import fr.interconnectes.candidatures.local.emulator.LocalTableWrites;
import fr.interconnectes.candidatures.local.runtime.LocalTableStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the table's stream brings a subscription whose filter is on the items' keys: the items written since the
 * last request ({@link LocalTableWrites}), in the order written, that one of its filter patterns lets through
 * (their {@code dynamodb.Keys}: each attribute's string among the pattern's; a subscription without a pattern gets
 * every item). Records carry the keys only, as the functions of such subscriptions read each item fresh.
 */
final class WrittenItemsSource implements LocalTableStream.Source {

    private final LocalTableWrites.Watch watch;
    /** Per pattern: the key attribute → the strings it lets through. */
    private final List<Map<String, List<String>>> keyPatterns = new ArrayList<>();

    WrittenItemsSource(LocalTableWrites.Watch watch, List<String> filterPatterns) {
        this.watch = watch;
        for (String pattern : filterPatterns) {
            keyPatterns.add(keyConstraints(pattern));
        }
    }

    /** Whether {@code pattern} filters on nothing but the keys, which the recorded writes can tell. */
    static boolean onKeysOnly(String pattern) {
        return StreamingJson.read(pattern) instanceof Map<?, ?> map
                && (!(map.get("dynamodb") instanceof Map<?, ?> dynamodb) || dynamodb.keySet().stream()
                .allMatch("Keys"::equals));
    }

    @Override
    public List<LocalTableStream.Item> items() {
        return watch.drain().stream().filter(this::letThrough)
                .map(keys -> new LocalTableStream.Item(keys, Map.of())).toList();
    }

    @Override
    public void close() {
        watch.close();
    }

    private boolean letThrough(Map<String, String> keys) {
        return keyPatterns.isEmpty() || keyPatterns.stream().anyMatch(pattern -> pattern.entrySet().stream()
                .allMatch(constraint -> constraint.getValue().contains(keys.get(constraint.getKey()))));
    }

    private static Map<String, List<String>> keyConstraints(String pattern) {
        Map<String, List<String>> constraints = new LinkedHashMap<>();
        if (StreamingJson.read(pattern) instanceof Map<?, ?> map && map.get("dynamodb") instanceof Map<?, ?> dynamodb
                && dynamodb.get("Keys") instanceof Map<?, ?> keys) {
            keys.forEach((attribute, typed) -> {
                List<String> allowed = new ArrayList<>();
                if (typed instanceof Map<?, ?> byType && byType.get("S") instanceof List<?> values) {
                    values.forEach(value -> allowed.add(String.valueOf(value)));
                }
                constraints.put(String.valueOf(attribute), allowed);
            });
        }
        return constraints;
    }
}
