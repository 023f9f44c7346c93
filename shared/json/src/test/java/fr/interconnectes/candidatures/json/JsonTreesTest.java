package fr.interconnectes.candidatures.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class JsonTreesTest {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String DOCUMENT = """
            {"s":"é\\"x","i":7,"l":12345678901,"b":123456789012345678901234567890,"f":0.1000000000000000055511,
             "t":true,"n":null,"a":[1,[2],{"k":false}],"o":{}}""";

    @Test
    void reads_the_same_tree_as_an_object_mapper() throws IOException {
        JsonNode streamed = read(DOCUMENT, JsonTrees.Fractions.DOUBLE);

        assertThat(streamed).isEqualTo(new ObjectMapper().readTree(DOCUMENT));
        assertThat(streamed.get("l").isLong()).isTrue();
        assertThat(streamed.get("b").isBigInteger()).isTrue();
    }

    @Test
    void exact_fractions_keep_every_digit_written() throws IOException {
        JsonNode exact = read(DOCUMENT, JsonTrees.Fractions.EXACT);

        assertThat(exact.get("f").decimalValue()).isEqualTo(new BigDecimal("0.1000000000000000055511"));
        assertThat(write(exact)).contains("\"f\":0.1000000000000000055511");
    }

    @Test
    void what_is_written_reads_back_as_the_same_tree() throws IOException {
        for (JsonTrees.Fractions fractions : JsonTrees.Fractions.values()) {
            JsonNode tree = read(DOCUMENT, fractions);
            assertThat(read(write(tree), fractions)).as(fractions.name()).isEqualTo(tree);
        }
    }

    @Test
    void the_parser_ends_on_the_value_so_callers_can_check_what_follows() throws IOException {
        try (JsonParser parser = FACTORY.createParser("[1,2] {}")) {
            parser.nextToken();
            JsonTrees.read(parser, JsonTrees.Fractions.DOUBLE);
            assertThat(parser.nextToken()).isNotNull();
        }
    }

    @Test
    void a_missing_node_is_written_as_null_and_a_token_out_of_place_is_refused() throws IOException {
        var object = new ObjectMapper().createObjectNode();
        object.set("m", com.fasterxml.jackson.databind.node.MissingNode.getInstance());
        assertThat(write(object)).isEqualTo("{\"m\":null}");
        try (JsonParser parser = FACTORY.createParser("{\"a\":1}")) {
            parser.nextToken();
            parser.nextToken();
            assertThatThrownBy(() -> JsonTrees.read(parser, JsonTrees.Fractions.EXACT)).isInstanceOf(IOException.class)
                    .hasMessageContaining("FIELD_NAME");
        }
    }

    private static JsonNode read(String json, JsonTrees.Fractions fractions) throws IOException {
        try (JsonParser parser = FACTORY.createParser(json)) {
            parser.nextToken();
            return JsonTrees.read(parser, fractions);
        }
    }

    private static String write(JsonNode tree) throws IOException {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            JsonTrees.write(json, tree);
        }
        return text.toString();
    }
}
