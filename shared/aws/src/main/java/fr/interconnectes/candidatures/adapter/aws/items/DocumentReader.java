package fr.interconnectes.candidatures.adapter.aws.items;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Reads one JSON object of a stored document, field by field. A missing field (or null) reads as null, and
 * the domain decides, as it did under Jackson; only the numbers the domain holds as primitives must be there.
 *
 * <p>A field the object's {@link Fields} does not name is refused: dossiers and jury records are read,
 * changed and written back, and a field read past would be lost on that write.
 */
final class DocumentReader {

    private final JsonNode node;
    private final Fields fields;
    /** Where this object is: a text, or an {@link At} not yet written out. */
    private final Object path;

    private DocumentReader(JsonNode node, Fields fields, Object path) {
        if (!node.isObject()) {
            throw new UnreadableDocument(path.toString(), "an object was expected");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!fields.contains(name)) {
                throw new UnreadableDocument(path + "." + name, "not a stored field of " + fields.object());
            }
        }
        this.node = node;
        this.fields = fields;
        this.path = path;
    }

    /** @param what names the document in errors, e.g. {@code candidacy c123} */
    static DocumentReader parse(String json, Fields fields, String what) {
        return new DocumentReader(StoredJson.parse(json, what), fields, what);
    }

    /**
     * Where a value is, e.g. {@code candidacy c123.project.budget[2]}: the text is built only when an error names it,
     * as every field read would otherwise concatenate one.
     */
    private record At(Object parent, String field, int index) {

        At(Object parent, String field) {
            this(parent, field, -1);
        }

        @Override
        public String toString() {
            return parent + "." + field + (index < 0 ? "" : "[" + index + "]");
        }
    }

    /** The object of one variant, told apart by a text field (e.g. a project by its {@code track}). */
    record Variant<T>(Fields fields, Function<DocumentReader, T> read) {
    }

    String text(String field) {
        JsonNode value = value(field);
        return value == null ? null : text(value, new At(path, field));
    }

    Instant instant(String field) {
        return parsed(field, StoredTimes::instant);
    }

    LocalDate date(String field) {
        return parsed(field, StoredTimes::date);
    }

    /** A time of day, e.g. {@code 09:30}. */
    java.time.LocalTime time(String field) {
        return parsed(field, java.time.LocalTime::parse);
    }

    ZoneId zone(String field) {
        return parsed(field, ZoneId::of);
    }

    /** An enum from the text it is stored as (its name or its code, per field), in any case. */
    <E> E code(String field, E[] values, Function<E, String> storedAs) {
        JsonNode value = value(field);
        return value == null ? null : code(value, new At(path, field), values, storedAs);
    }

    /** An enum from its name, in any case (see {@link DocumentWriter#byName}). */
    <E extends Enum<E>> E byName(String field, E[] values) {
        return code(field, values, Enum::name);
    }

    <E extends Enum<E>> List<E> byNames(String field, E[] values) {
        return codes(field, values, Enum::name);
    }

    long requiredLong(String field) {
        JsonNode value = required(field);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new UnreadableDocument(path(field), "a whole number was expected");
        }
        return value.longValue();
    }

    int requiredInt(String field) {
        return integer(required(field), new At(path, field));
    }

    Integer optionalInt(String field) {
        JsonNode value = value(field);
        return value == null ? null : integer(value, new At(path, field));
    }

    double requiredDouble(String field) {
        JsonNode value = required(field);
        if (!value.isNumber()) {
            throw new UnreadableDocument(path(field), "a number was expected");
        }
        return value.doubleValue();
    }

    <T> T object(String field, Fields objectFields, Function<DocumentReader, T> read) {
        JsonNode value = value(field);
        return value == null ? null : read.apply(new DocumentReader(value, objectFields, new At(path, field)));
    }

    /** The object is read as the variant its {@code tagField} names; a missing or unknown tag is refused. */
    <T> T variant(String field, String tagField, Map<String, Variant<T>> variants) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        String tagPath = path(field) + "." + tagField;
        JsonNode tagNode = value.get(tagField);
        if (tagNode == null || tagNode.isNull()) {
            throw new UnreadableDocument(tagPath, "missing, one of " + variants.keySet() + " was expected");
        }
        Variant<T> variant = variants.get(text(tagNode, tagPath));
        if (variant == null) {
            throw new UnreadableDocument(tagPath, "\"" + tagNode.asText() + "\" is not one of " + variants.keySet());
        }
        return variant.read().apply(new DocumentReader(value, variant.fields(), new At(path, field)));
    }

    <T> List<T> objects(String field, Fields objectFields, Function<DocumentReader, T> read) {
        return elements(field, (element, at) -> read.apply(new DocumentReader(element, objectFields, at)));
    }

    List<String> texts(String field) {
        return elements(field, DocumentReader::text);
    }

    <E> List<E> codes(String field, E[] values, Function<E, String> storedAs) {
        return elements(field, (element, at) -> code(element, at, values, storedAs));
    }

    Map<String, String> textMap(String field) {
        return entries(field, DocumentReader::text);
    }

    Map<String, Integer> intMap(String field) {
        return entries(field, DocumentReader::integer);
    }

    private JsonNode value(String field) {
        JsonNode value = node.get(fields.declared(field));
        return value == null || value.isNull() ? null : value;
    }

    private JsonNode required(String field) {
        JsonNode value = value(field);
        if (value == null) {
            throw new UnreadableDocument(path(field), "missing");
        }
        return value;
    }

    private String path(String field) {
        return path + "." + field;
    }

    private <T> T parsed(String field, Function<String, T> parse) {
        String text = text(field);
        try {
            return text == null ? null : parse.apply(text);
        } catch (DateTimeException e) {
            throw new UnreadableDocument(path(field), "\"" + text + "\" is not a valid date, time or zone", e);
        }
    }

    private <T> List<T> elements(String field, BiFunction<JsonNode, Object, T> read) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isArray()) {
            throw new UnreadableDocument(path(field), "a list was expected");
        }
        List<T> elements = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            elements.add(read.apply(value.get(i), new At(path, field, i)));
        }
        return elements;
    }

    private <T> Map<String, T> entries(String field, BiFunction<JsonNode, Object, T> read) {
        JsonNode value = value(field);
        if (value == null) {
            return null;
        }
        if (!value.isObject()) {
            throw new UnreadableDocument(path(field), "an object was expected");
        }
        Map<String, T> entries = new LinkedHashMap<>();
        value.properties().forEach(entry ->
                entries.put(entry.getKey(), read.apply(entry.getValue(), new At(new At(path, field), entry.getKey()))));
        return entries;
    }

    private static String text(JsonNode value, Object at) {
        if (!value.isTextual()) {
            throw new UnreadableDocument(at.toString(), "a text was expected");
        }
        return value.textValue();
    }

    private static Integer integer(JsonNode value, Object at) {
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new UnreadableDocument(at.toString(), "a whole number was expected");
        }
        return value.intValue();
    }

    private static <E> E code(JsonNode value, Object at, E[] values, Function<E, String> storedAs) {
        String text = text(value, at);
        for (E candidate : values) {
            if (storedAs.apply(candidate).equalsIgnoreCase(text)) {
                return candidate;
            }
        }
        throw new UnreadableDocument(at.toString(), "\"" + text + "\" is not one of "
                + Arrays.stream(values).map(storedAs).toList());
    }
}
