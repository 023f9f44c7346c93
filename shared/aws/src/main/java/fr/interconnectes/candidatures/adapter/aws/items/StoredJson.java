package fr.interconnectes.candidatures.adapter.aws.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;

/** JSON text to and from trees for the documents; the mappers, not Jackson, decide every field. */
final class StoredJson {

    private static final ObjectMapper TREES = new ObjectMapper();

    private StoredJson() {
    }

    static ObjectNode newObject() {
        return TREES.createObjectNode();
    }

    static JsonNode parse(String json, String path) {
        if (json == null) {
            throw new UnreadableDocument(path, "no document");
        }
        try {
            return TREES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UnreadableDocument(path, "not JSON", e);
        }
    }

    static String render(JsonNode document) {
        try {
            return TREES.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
