package fr.interconnectes.candidatures.http;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.json.JsonTrees;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON of plain values ({@link Map} with string keys, {@link List}, {@link String}, {@link Number}, {@link Boolean},
 * {@code null}) with Jackson's streaming parser and generator alone: no {@code ObjectMapper}, whose set-up (and the
 * java.time module of {@link Json}) a cold start would otherwise pay for reading an event or writing a log line.
 * {@link Json} remains the project's mapper for everything else; as it does, {@link #write} leaves out an object's
 * members whose value is null.
 */
public final class StreamingJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private StreamingJson() {
    }

    /** The parser and generator factory of every streaming read and write. */
    public static JsonFactory factory() {
        return FACTORY;
    }

    /** The document in {@code in}: objects as insertion-ordered maps, arrays as lists, numbers as Jackson reads them. */
    public static Object read(InputStream in) {
        try (JsonParser parser = FACTORY.createParser(in)) {
            return parser.nextToken() == null ? null : value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same from a string. */
    public static Object read(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            return parser.nextToken() == null ? null : value(parser);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object value(JsonParser parser) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> {
                Map<String, Object> object = new LinkedHashMap<>();
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    object.put(name, value(parser));
                }
                yield object;
            }
            case START_ARRAY -> {
                List<Object> array = new ArrayList<>();
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(value(parser));
                }
                yield array;
            }
            case VALUE_STRING -> parser.getText();
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> parser.getNumberValue();
            case VALUE_TRUE -> Boolean.TRUE;
            case VALUE_FALSE -> Boolean.FALSE;
            case VALUE_NULL -> null;
            default -> throw new IOException("unexpected JSON token " + parser.currentToken());
        };
    }

    /**
     * A request body as a Jackson tree ({@link JsonNode}), built by the streaming parser: the readers' tree model
     * without an ObjectMapper to set up. {@code null} for a body without any JSON value. {@code strict}: a repeated
     * member name, or anything after the value, is malformed JSON too.
     */
    public static JsonNode tree(String json, boolean strict) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (strict) {
                parser.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
            }
            if (parser.nextToken() == null) {
                return null;
            }
            JsonNode tree = JsonTrees.read(parser, JsonTrees.Fractions.DOUBLE);
            if (strict && parser.nextToken() != null) {
                throw new com.fasterxml.jackson.core.JsonParseException(parser, "trailing content after the JSON value");
            }
            return tree;
        }
    }

    /**
     * {@code value} as compact JSON when it is a tree of plain values, else empty: one pass that stops at the first
     * value that is not plain, instead of a walk with a check and then another to write.
     */
    public static java.util.Optional<String> writeIfPlain(Object value) {
        try {
            return java.util.Optional.of(write(value));
        } catch (NotPlain e) {
            return java.util.Optional.empty();
        }
    }

    /** {@code value}, a tree of plain values, as compact JSON. */
    public static String write(Object value) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator((Writer) out)) {
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** {@code value}, a tree of plain values, as compact UTF-8 JSON on {@code out} (left open). */
    public static void write(Object value, OutputStream out) {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            write(generator, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one plain value: maps with text keys, collections, texts, numbers, booleans, null. */
    public static void write(JsonGenerator generator, Object value) throws IOException {
        switch (value) {
            case null -> generator.writeNull();
            case String s -> generator.writeString(s);
            case Boolean b -> generator.writeBoolean(b);
            case Integer i -> generator.writeNumber(i);
            case Long l -> generator.writeNumber(l);
            case Short s -> generator.writeNumber(s);
            case Byte b -> generator.writeNumber(b);
            case Double d -> generator.writeNumber(d);
            case Float f -> generator.writeNumber(f);
            case java.math.BigDecimal d -> generator.writeNumber(d);
            case java.math.BigInteger i -> generator.writeNumber(i);
            case Map<?, ?> map -> {
                generator.writeStartObject();
                for (var entry : map.entrySet()) {
                    if (!(entry.getKey() instanceof String name)) {
                        throw new NotPlain(entry.getKey());
                    }
                    if (entry.getValue() == null) {
                        continue;
                    }
                    generator.writeFieldName(name);
                    write(generator, entry.getValue());
                }
                generator.writeEndObject();
            }
            case Collection<?> list -> {
                generator.writeStartArray();
                for (Object item : list) {
                    write(generator, item);
                }
                generator.writeEndArray();
            }
            default -> throw new NotPlain(value);
        }
    }

    /** A value {@link #write} cannot write: a programming error, except for {@link #writeIfPlain}, which expects it. */
    static final class NotPlain extends IllegalArgumentException {

        NotPlain(Object value) {
            super("not a plain JSON value: " + value.getClass().getName(), null);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;   // writeIfPlain turns it into its answer: the trace would never be read
        }
    }
}
