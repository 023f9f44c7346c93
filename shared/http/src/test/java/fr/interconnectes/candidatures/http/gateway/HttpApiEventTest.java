package fr.interconnectes.candidatures.http.gateway;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;

/**
 * The handlers read their event straight from the parser ({@link HttpApiEvent#read}); what the local runner and
 * priming write ({@link HttpApiEvent#toJson}) must read back as the same event.
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
    void every_sample_event_reads_and_reads_back_from_its_json_as_the_same_event(Path file) {
        HttpApiEvent event = event(read(file));

        assertThat(event.routeKey()).isNotBlank();
        assertThat(event.requestContext().http().method()).isNotBlank();
        assertThat(event.requestContext().requestId()).isNotBlank();
        assertThat(HttpApiEvent.read(new ByteArrayInputStream(event.toJson()))).isEqualTo(event);
    }

    @Test
    void a_public_request_reads_whole() throws IOException {
        HttpApiEvent event = event(Files.readString(Path.of("../../events/get-campaign.json")));

        assertThat(event.routeKey()).isEqualTo("GET /campaigns/{campaignId}");
        assertThat(event.rawPath()).isEqualTo("/campaigns/aura-2019-label");
        assertThat(event.rawQueryString()).isEmpty();
        assertThat(event.headers()).containsEntry("accept-language", "fr-FR,fr;q=0.9,en;q=0.5").hasSize(7);
        assertThat(event.pathParameters()).isEqualTo(Map.of("campaignId", "aura-2019-label"));
        assertThat(event.queryStringParameters()).isEmpty();
        assertThat(event.cookies()).isEmpty();
        assertThat(event.body()).isNull();
        assertThat(event.isBase64Encoded()).isFalse();
        assertThat(event.requestContext()).isEqualTo(new HttpApiEvent.RequestContext("123456789012", "a1b2c3d4e5",
                "api.candidatures.interconnectes.fr", "api", "$default", "GET /campaigns/{campaignId}",
                "Q1w2E3r4T5y6U7i=", "10/Oct/2027:14:03:12 +0000", 1823522592000L,
                new HttpApiEvent.Http("GET", "/campaigns/aura-2019-label", "HTTP/1.1", "203.0.113.7", "curl/8.5.0"),
                null));
    }

    @Test
    void a_staff_request_keeps_the_claims_the_authorizer_verified() throws IOException {
        HttpApiEvent event = event(Files.readString(Path.of("../../events/assign-jurors.json")));

        HttpApiEvent.JwtAuthorizer authorizer = event.requestContext().authorizer();
        assertThat(authorizer.claims()).containsEntry("custom:region", "ARA")
                .containsEntry("cognito:groups", "[regional-organisers]")
                .containsEntry("email_verified", "true");
        assertThat(event.pathParameters()).isEqualTo(Map.of("candidacyId", "cX9f2Lm7Qa1Bz4Kp"));
        assertThat(event.body()).isNotBlank();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{}", "[1, 2]", "\"text\"", "{\"requestContext\": null, \"headers\": [\"a\"],"
            + " \"cookies\": {\"a\": 1}, \"queryStringParameters\": 3, \"isBase64Encoded\": \"true\"}"})
    void a_document_with_nothing_usable_reads_as_an_empty_event(String json) {
        assertThat(event(json)).isEqualTo(new HttpApiEvent(null, null, null, null, null, null, null, null, false, null));
    }

    @Test
    void parts_that_are_not_objects_read_as_empty_parts() {
        HttpApiEvent event = event("{\"requestContext\": {\"http\": 3, \"authorizer\": \"x\", \"timeEpoch\": \"soon\"}}");

        assertThat(event.requestContext()).isEqualTo(new HttpApiEvent.RequestContext(null, null, null, null, null,
                null, null, null, 0, new HttpApiEvent.Http(null, null, null, null, null), null));
        assertThat(event("{\"requestContext\": \"not an object\"}").requestContext()).isEqualTo(
                new HttpApiEvent.RequestContext(null, null, null, null, null, null, null, null, 0, null, null));
    }

    @Test
    void claims_are_strings_structured_values_are_left_out_and_an_empty_jwt_is_none() {
        HttpApiEvent event = event("{\"requestContext\": {\"authorizer\": {\"jwt\": {\"claims\": {\"sub\": \"u1\","
                + " \"n\": 7, \"b\": true, \"nested\": {\"x\": 1}, \"list\": [1], \"none\": null},"
                + " \"scopes\": [\"openid\"]}}, \"requestId\": \"r1\"}, \"headers\": {\"Accept\": \"a\", \"Accept\": \"b\"}}");

        assertThat(event.requestContext().authorizer().claims()).isEqualTo(Map.of("sub", "u1", "n", "7", "b", "true"));
        assertThat(event.requestContext().authorizer().scopes()).containsExactly("openid");
        assertThat(event.requestContext().requestId()).isEqualTo("r1");
        assertThat(event.headers()).as("the last of a repeated member").isEqualTo(Map.of("Accept", "b"));
        assertThat(event("{\"requestContext\": {\"authorizer\": {\"jwt\": {}}}}").requestContext().authorizer())
                .isNull();
    }

    @Test
    void unknown_members_are_skipped_whatever_they_hold() {
        HttpApiEvent event = event("{\"stageVariables\": {\"a\": {\"b\": [1, {\"c\": 2}]}}, \"body\": \"e30=\","
                + " \"isBase64Encoded\": true, \"pathParameters\": {\"candidacyId\": \"c1\"},"
                + " \"queryStringParameters\": {\"status\": \"submitted\"}, \"cookies\": [\"a=1\", \"b=2\"],"
                + " \"routeKey\": \"GET /x\", \"extra\": [[]]}");

        assertThat(event).isEqualTo(new HttpApiEvent("GET /x", null, null, List.of("a=1", "b=2"), Map.of(),
                Map.of("status", "submitted"), Map.of("candidacyId", "c1"), "e30=", true, null));
        assertThat(event.toRequest().body()).isEqualTo("{}");
    }

    private static HttpApiEvent event(String json) {
        return HttpApiEvent.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
