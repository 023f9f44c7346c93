package fr.interconnectes.candidatures.http.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.http.StreamingJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The handlers read their event straight from the parser ({@link HttpApiEvent#read}); it must give what the reading of
 * the same document as plain values gives ({@link HttpApiEvent#from}), which the local runner and priming build on.
 */
class HttpApiEventTest {

    static Stream<Path> sampleEvents() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("../../events"))) {
            List<Path> http = files.filter(file -> file.toString().endsWith(".json"))
                    .filter(file -> read(file).contains("\"routeKey\"")).sorted().toList();
            assertThat(http).hasSizeGreaterThan(40);
            return http.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("sampleEvents")
    void every_sample_event_reads_as_its_plain_values_do(Path file) {
        byte[] json = read(file).getBytes(StandardCharsets.UTF_8);

        HttpApiEvent streamed = HttpApiEvent.read(new ByteArrayInputStream(json));

        assertThat(streamed).isEqualTo(HttpApiEvent.from(StreamingJson.read(new ByteArrayInputStream(json))));
        assertThat(streamed.routeKey()).isNotBlank();
        assertThat(streamed.requestContext().http().method()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{}",
        "[1, 2]",
        "{\"requestContext\": \"not an object\", \"headers\": [\"a\"], \"cookies\": {\"a\": 1}}",
        "{\"requestContext\": {\"http\": null, \"authorizer\": {\"jwt\": {}}, \"timeEpoch\": 17}}",
        "{\"requestContext\": {\"http\": 3, \"authorizer\": {\"jwt\": {\"claims\": {\"sub\": \"u1\", \"n\": 7,"
                + " \"b\": true, \"nested\": {\"x\": 1}, \"none\": null}}}}}",
        "{\"stageVariables\": {\"a\": {\"b\": [1, {\"c\": 2}]}}, \"body\": \"e30=\", \"isBase64Encoded\": true,"
                + " \"pathParameters\": {\"candidacyId\": \"c1\"}, \"queryStringParameters\": {\"status\": \"submitted\"},"
                + " \"cookies\": [\"a=1\", \"b=2\"], \"routeKey\": \"GET /x\", \"extra\": [[]]}",
    })
    void unusual_documents_read_alike_too(String json) {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);

        assertThat(HttpApiEvent.read(new ByteArrayInputStream(bytes)))
                .isEqualTo(HttpApiEvent.from(StreamingJson.read(new ByteArrayInputStream(bytes))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"requestContext\": {\"authorizer\": {\"jwt\": {\"claims\": {\"sub\": \"u1\"},"
            + " \"scopes\": [\"openid\"]}}, \"requestId\": \"r1\"}, \"headers\": {\"Accept\": \"a\", \"Accept\": \"b\"}}"})
    void claims_scopes_and_the_last_of_a_repeated_member_are_kept(String json) {
        HttpApiEvent event = HttpApiEvent.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));

        assertThat(event.requestContext().authorizer().claims()).isEqualTo(Map.of("sub", "u1"));
        assertThat(event.requestContext().authorizer().scopes()).containsExactly("openid");
        assertThat(event.requestContext().requestId()).isEqualTo("r1");
        assertThat(event.headers()).isEqualTo(Map.of("Accept", "b"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
