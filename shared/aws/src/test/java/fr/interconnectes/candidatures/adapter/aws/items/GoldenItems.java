package fr.interconnectes.candidatures.adapter.aws.items;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The golden items of {@code src/test/resources/stored/}: an item's attributes in DynamoDB's JSON notation
 * ({@code {"S": ...}} / {@code {"N": ...}}) and, under {@code data}, the document its {@code data} string held.
 */
final class GoldenItems {

    static final ObjectMapper JSON = new ObjectMapper();

    private GoldenItems() {
    }

    static JsonNode golden(String file) {
        try (InputStream in = GoldenItems.class.getResourceAsStream("/stored/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no golden file " + file);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item as DynamoDB returns it: the attributes, and the document as the {@code data} string. */
    static Map<String, AttributeValue> item(String file) {
        JsonNode golden = golden(file);
        Map<String, AttributeValue> item = attributes(golden);
        if (golden.has("data")) {
            item.put("data", AttributeValue.fromS(golden.get("data").toString()));
        }
        return item;
    }

    static Map<String, AttributeValue> attributes(JsonNode golden) {
        Map<String, AttributeValue> attributes = new HashMap<>();
        golden.get("attributes").properties().forEach(attribute -> attributes.put(attribute.getKey(),
                value(attribute.getValue())));
        return attributes;
    }

    /**
     * {@code {"S": …}}, {@code {"N": …}}, {@code {"BOOL": …}} (a list flag) or {@code {"M": {name: value…}}} (a tally
     * shard's counters).
     */
    private static AttributeValue value(JsonNode value) {
        if (value.has("BOOL")) {
            return AttributeValue.fromBool(value.get("BOOL").asBoolean());
        }
        if (value.has("M")) {
            Map<String, AttributeValue> map = new HashMap<>();
            value.get("M").properties().forEach(entry -> map.put(entry.getKey(), value(entry.getValue())));
            return AttributeValue.fromM(map);
        }
        return value.has("S") ? AttributeValue.fromS(value.get("S").asText()) : AttributeValue.fromN(value.get("N").asText());
    }

    static JsonNode document(Map<String, AttributeValue> item) {
        try {
            return JSON.readTree(item.get("data").s());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
