package fr.interconnectes.candidatures.adapter.aws.items;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.json.JsonTrees;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * JSON text to and from trees for the documents; the mappers, not Jackson, decide every field. Trees go through
 * {@link JsonTrees} (the streaming parser and generator, no ObjectMapper), fractions kept exact.
 */
final class StoredJson {

    private static final JsonFactory FACTORY = JsonFactory.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private StoredJson() {
    }

    static ObjectNode newObject() {
        return NODES.objectNode();
    }

    static JsonNode parse(String json, String path) {
        if (json == null) {
            throw new UnreadableDocument(path, "no document");
        }
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == null) {
                throw new UnreadableDocument(path, "not JSON");
            }
            return JsonTrees.read(parser, JsonTrees.Fractions.EXACT);
        } catch (IOException e) {
            throw new UnreadableDocument(path, "not JSON", e);
        }
    }

    static String render(JsonNode document) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            JsonTrees.write(json, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}
