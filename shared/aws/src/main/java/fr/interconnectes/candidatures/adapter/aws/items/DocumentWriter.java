package fr.interconnectes.candidatures.adapter.aws.items;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Writes one JSON object of a stored document, field by field. A missing value (null) leaves its field out,
 * an empty list or map is written empty: the shape the Jackson adapters stored.
 */
final class DocumentWriter {

    private final Fields fields;
    private final ObjectNode node = StoredJson.newObject();

    private DocumentWriter(Fields fields) {
        this.fields = fields;
    }

    static DocumentWriter of(Fields fields) {
        return new DocumentWriter(fields);
    }

    DocumentWriter text(String field, String value) {
        return putIfPresent(field, value, node::put);
    }

    /** ISO-8601 in UTC, e.g. {@code 2026-03-02T09:15:42.123Z}. */
    DocumentWriter instant(String field, Instant value) {
        return code(field, value, Instant::toString);
    }

    /** ISO-8601, e.g. {@code 2026-05-20}. */
    DocumentWriter date(String field, LocalDate value) {
        return code(field, value, LocalDate::toString);
    }

    /** A time of day, e.g. {@code 09:30}. */
    DocumentWriter time(String field, java.time.LocalTime value) {
        return code(field, value, java.time.LocalTime::toString);
    }

    /** The zone's id, e.g. {@code Europe/Paris}. */
    DocumentWriter zone(String field, ZoneId value) {
        return code(field, value, ZoneId::getId);
    }

    /** A value as the text it is stored as (an enum's name or its code, per field). */
    <E> DocumentWriter code(String field, E value, Function<E, String> storedAs) {
        return text(field, value == null ? null : storedAs.apply(value));
    }

    /**
     * An enum by its name, e.g. {@code SUBMITTED}: one method rather than an {@code Enum::name} at each field, each of
     * which would cost a cold start its own lambda class.
     */
    DocumentWriter byName(String field, Enum<?> value) {
        return text(field, value == null ? null : value.name());
    }

    DocumentWriter number(String field, long value) {
        node.put(fields.declared(field), value);
        return this;
    }

    DocumentWriter optionalNumber(String field, Integer value) {
        return putIfPresent(field, value, node::put);
    }

    DocumentWriter decimal(String field, double value) {
        node.put(fields.declared(field), value);
        return this;
    }

    <T> DocumentWriter object(String field, T value, Function<T, DocumentWriter> write) {
        String name = fields.declared(field);
        if (value != null) {
            node.set(name, write.apply(value).node);
        }
        return this;
    }

    <T> DocumentWriter objects(String field, List<T> values, Function<T, DocumentWriter> write) {
        ArrayNode array = array(field, values);
        if (array != null) {
            values.forEach(value -> array.add(write.apply(value).node));
        }
        return this;
    }

    DocumentWriter texts(String field, List<String> values) {
        return codes(field, values, Function.identity());
    }

    <E> DocumentWriter codes(String field, List<E> values, Function<E, String> storedAs) {
        ArrayNode array = array(field, values);
        if (array != null) {
            values.forEach(value -> array.add(storedAs.apply(value)));
        }
        return this;
    }

    /** Enums by their names, as {@link #byName(String, Enum)}. */
    <E extends Enum<E>> DocumentWriter byNames(String field, List<E> values) {
        return codes(field, values, Enum::name);
    }

    DocumentWriter textMap(String field, Map<String, String> values) {
        return map(field, values, ObjectNode::put);
    }

    DocumentWriter numberMap(String field, Map<String, Integer> values) {
        return map(field, values, ObjectNode::put);
    }

    String render() {
        return StoredJson.render(node);
    }

    private <T> DocumentWriter putIfPresent(String field, T value, BiConsumer<String, T> put) {
        String name = fields.declared(field);
        if (value != null) {
            put.accept(name, value);
        }
        return this;
    }

    /** Entries in key order, so that the same map is always the same text. */
    private <V> DocumentWriter map(String field, Map<String, V> values, EntryWriter<V> entry) {
        String name = fields.declared(field);
        if (values != null) {
            ObjectNode map = node.putObject(name);
            new TreeMap<>(values).forEach((key, value) -> entry.put(map, key, value));
        }
        return this;
    }

    private interface EntryWriter<V> {
        void put(ObjectNode map, String key, V value);
    }

    private ArrayNode array(String field, List<?> values) {
        String name = fields.declared(field);
        return values == null ? null : node.putArray(name);
    }
}
