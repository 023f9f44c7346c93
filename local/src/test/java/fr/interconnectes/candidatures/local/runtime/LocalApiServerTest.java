package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local API Gateway on its own: real HTTP on a free port, routes whose function is a tiny echo handler that
 * records the payload 2.0 event it receives. No emulator, no template.
 */
class LocalApiServerTest {

    /** What the echo handler received, in order. */
    static final List<APIGatewayV2HTTPEvent> RECEIVED = new CopyOnWriteArrayList<>();
    static final AtomicInteger INVOCATIONS = new AtomicInteger();

    static final byte[] ALL_BYTES = allBytes();

    /** Loaded by name, as the Lambda runtime would: public, with a public no-arg constructor. */
    public static final class EchoHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

        public EchoHandler() {
        }

        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            INVOCATIONS.incrementAndGet();
            RECEIVED.add(event);
            if (event.getRawPath().equals("/binary")) {
                return APIGatewayV2HTTPResponse.builder()
                        .withStatusCode(200)
                        .withHeaders(Map.of("Content-Type", "application/octet-stream"))
                        .withBody(Base64.getEncoder().encodeToString(ALL_BYTES))
                        .withIsBase64Encoded(true)
                        .build();
            }
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(201)
                    .withHeaders(Map.of("Content-Type", "application/json", "X-Handled-By", context.getFunctionName()))
                    .withBody("{\"handled\":\"" + event.getRouteKey() + "\"}")
                    .build();
        }
    }

    /** A function whose handler throws, as an unexpected bug would. */
    public static final class BoomHandler implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

        public BoomHandler() {
        }

        @Override
        public APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
            INVOCATIONS.incrementAndGet();
            throw new IllegalStateException("boom");
        }
    }

    private static final Map<String, String> CORS = Map.of(
            "Access-Control-Allow-Origin", "*",
            "Access-Control-Allow-Methods", "GET,POST,PUT,DELETE",
            "Access-Control-Allow-Headers", "Content-Type,Authorization,If-Match",
            "Access-Control-Max-Age", "600");

    @TempDir
    static Path folder;
    static LocalApiServer server;
    static HttpClient client;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        Path web = Files.createDirectories(folder.resolve("web"));
        Files.writeString(web.resolve("index.html"), "<h1>Candidatures</h1>");
        Files.writeString(web.resolve("app.js"), "console.log('ok');");
        Files.writeString(folder.resolve("secret"), "top secret");

        LocalFunction echo = new LocalFunction("EchoFunction", EchoHandler.class.getName(), Map.of("STAGE", "test"), 256, 10);
        List<HttpRoute> routes = new ArrayList<>(List.of(
                new HttpRoute("GET", "/campaigns/{campaignId}", echo, null, List.of()),
                new HttpRoute("POST", "/candidacies/{candidacyId}/submit", echo, null, List.of()),
                new HttpRoute("ANY", "/candidacies/{proxy+}", echo, null, List.of()),
                new HttpRoute("POST", "/upload", echo, null, List.of()),
                new HttpRoute("GET", "/binary", echo, null, List.of()),
                new HttpRoute("GET", "/secure", echo, "CognitoJwt", List.of("candidacies/read")),
                new HttpRoute("GET", "/boom", new LocalFunction("BoomFunction", BoomHandler.class.getName(), Map.of(), 128, 3),
                        null, List.of()),
                new HttpRoute("GET", "/no-handler", new LocalFunction("GhostFunction", "fr.example.NoSuchHandler", Map.of(),
                        128, 3), null, List.of())));
        routes.sort(java.util.Comparator.comparingInt(HttpRoute::specificity).reversed());
        LocalApiServer.JwtVerifier verifier = (authorizer, headers, scopes) ->
                "Bearer good".equals(headers.get("authorization")) && scopes.equals(List.of("candidacies/read"))
                        ? Optional.of(Map.of("sub", "applicant-1")) : Optional.empty();
        LocalApiServer.LocalTools tools = (method, path, headers, body) -> path.equals("/local/ping")
                ? Optional.of(ApiResponse.json(200, Map.of("pong", method))) : Optional.empty();

        server = new LocalApiServer(0, routes, tools, verifier, new StaticFiles(web), CORS);
        server.start();
        base = "http://127.0.0.1:" + server.port();
        client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @BeforeEach
    void forgetPreviousRequests() {
        RECEIVED.clear();
        INVOCATIONS.set(0);
    }

    private static HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base + pathAndQuery)).timeout(Duration.ofSeconds(30));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static APIGatewayV2HTTPEvent onlyEvent() {
        assertThat(RECEIVED).as("events received by the handler").hasSize(1);
        return RECEIVED.get(0);
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void theServerBindsAFreePortOfItsOwnAndKeepsTheRoutesInOrder() {
        assertThat(server.port()).isPositive();
        assertThat(server.routeKeys()).hasSize(8).contains("GET /campaigns/{campaignId}", "ANY /candidacies/{proxy+}");
    }

    @Test
    void pathQueryAndRequestContext() throws Exception {
        Instant before = Instant.now();
        HttpResponse<String> response = send(request("/campaigns/caf%C3%A9?lang=fr&tag=a&tag=b%20c&q=caf%C3%A9&empty=&flag")
                .header("User-Agent", "local-api-test"));
        Instant after = Instant.now();

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"handled\":\"GET /campaigns/{campaignId}\"}");
        APIGatewayV2HTTPEvent event = onlyEvent();
        assertThat(event.getVersion()).isEqualTo("2.0");
        assertThat(event.getRouteKey()).isEqualTo("GET /campaigns/{campaignId}");
        assertThat(event.getRawPath()).isEqualTo("/campaigns/caf%C3%A9");
        assertThat(event.getRawQueryString()).isEqualTo("lang=fr&tag=a&tag=b%20c&q=caf%C3%A9&empty=&flag");
        assertThat(event.getQueryStringParameters()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "lang", "fr", "tag", "a,b c", "q", "café", "empty", "", "flag", ""));
        assertThat(event.getPathParameters()).isEqualTo(Map.of("campaignId", "café"));
        assertThat(event.getBody()).isNull();
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getCookies()).isNull();

        APIGatewayV2HTTPEvent.RequestContext context = event.getRequestContext();
        assertThat(context.getStage()).isEqualTo("$default");
        assertThat(context.getRouteKey()).isEqualTo("GET /campaigns/{campaignId}");
        assertThat(context.getRequestId()).isNotBlank();
        assertThat(context.getHttp().getMethod()).isEqualTo("GET");
        assertThat(context.getHttp().getPath()).isEqualTo("/campaigns/café");
        assertThat(context.getHttp().getSourceIp()).isEqualTo("127.0.0.1");
        assertThat(context.getHttp().getUserAgent()).isEqualTo("local-api-test");
        assertThat(context.getHttp().getProtocol()).isEqualTo("HTTP/1.1");
        assertThat(context.getTimeEpoch()).isBetween(before.toEpochMilli(), after.toEpochMilli());
        Instant time = ZonedDateTime.parse(context.getTime(),
                DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH)).toInstant();
        assertThat(time).isEqualTo(Instant.ofEpochMilli(context.getTimeEpoch()).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        assertThat(context.getAuthorizer()).isNull();

        // the handler's own headers, with the CORS headers added
        assertThat(response.headers().firstValue("X-Handled-By")).contains("EchoFunction");
        assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).contains("*");
    }

    @Test
    void noQueryStringGivesAnEmptyRawQueryAndNoParameters() throws Exception {
        send(request("/campaigns/c-1"));

        APIGatewayV2HTTPEvent event = onlyEvent();
        assertThat(event.getRawQueryString()).isEmpty();
        assertThat(event.getQueryStringParameters()).isNull();
        assertThat(event.getPathParameters()).isEqualTo(Map.of("campaignId", "c-1"));
    }

    /** The raw path is decoded once, as a path: '+' stays a plus and an encoded '%' stays a percent. */
    @Test
    void pathParametersAreDecodedExactlyOnce() throws Exception {
        assertThat(send(request("/campaigns/a+b%2Bc")).statusCode()).isEqualTo(201);
        assertThat(send(request("/campaigns/100%25")).statusCode()).isEqualTo(201);
        assertThat(send(request("/campaigns/%2525")).statusCode()).isEqualTo(201);

        assertThat(RECEIVED).extracting(e -> e.getPathParameters().get("campaignId")).containsExactly("a+b+c", "100%", "%25");
        assertThat(RECEIVED).extracting(e -> e.getRequestContext().getHttp().getPath())
                .containsExactly("/campaigns/a+b+c", "/campaigns/100%", "/campaigns/%25");
    }

    @Test
    void headersAreLowerCasedRepeatedOnesJoinedAndCookiesSetApart() throws Exception {
        send(request("/campaigns/c-1")
                .header("X-Custom-Header", "Value With Case")
                .header("X-Multi", "one")
                .header("X-Multi", "two")
                .header("Accept-Language", "en")
                .header("Cookie", "session=abc; theme=dark;lang=fr"));

        APIGatewayV2HTTPEvent event = onlyEvent();
        assertThat(event.getHeaders()).containsEntry("x-custom-header", "Value With Case")
                .containsEntry("x-multi", "one,two")
                .containsEntry("accept-language", "en")
                .containsKey("host")
                .doesNotContainKey("cookie");
        assertThat(event.getHeaders().keySet()).allSatisfy(name -> assertThat(name).isEqualTo(name.toLowerCase(Locale.ROOT)));
        assertThat(event.getCookies()).containsExactly("session=abc", "theme=dark", "lang=fr");
        assertThat(event.getRequestContext().getDomainName()).isEqualTo("127.0.0.1:" + server.port());
    }

    @Test
    void aJsonBodyIsPassedAsText() throws Exception {
        String body = "{\"firstName\":\"Zoé\",\"motivation\":\"l'été\"}";

        HttpResponse<String> response = send(request("/candidacies/c-1/submit")
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));

        assertThat(response.statusCode()).isEqualTo(201);
        APIGatewayV2HTTPEvent event = onlyEvent();
        assertThat(event.getBody()).isEqualTo(body);
        assertThat(event.getIsBase64Encoded()).isFalse();
        assertThat(event.getRouteKey()).isEqualTo("POST /candidacies/{candidacyId}/submit");
        assertThat(event.getPathParameters()).isEqualTo(Map.of("candidacyId", "c-1"));
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("POST");
    }

    @Test
    void aBinaryBodyIsPassedInBase64() throws Exception {
        send(request("/upload")
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ALL_BYTES)));

        APIGatewayV2HTTPEvent event = onlyEvent();
        assertThat(event.getIsBase64Encoded()).isTrue();
        assertThat(Base64.getDecoder().decode(event.getBody())).isEqualTo(ALL_BYTES);
    }

    @Test
    void aBase64ResponseIsDecodedOnTheWire() throws Exception {
        HttpResponse<byte[]> response = client.send(request("/binary").build(), HttpResponse.BodyHandlers.ofByteArray());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(ALL_BYTES);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/octet-stream");
    }

    @Test
    void theMostSpecificRouteIsInvokedAndGreedyTakesTheRest() throws Exception {
        send(request("/candidacies/c-1/submit").POST(HttpRequest.BodyPublishers.noBody()));
        send(request("/candidacies/c-1/attachments/a-1").DELETE());

        assertThat(RECEIVED).extracting(APIGatewayV2HTTPEvent::getRouteKey)
                .containsExactly("POST /candidacies/{candidacyId}/submit", "ANY /candidacies/{proxy+}");
        assertThat(RECEIVED.get(1).getPathParameters()).isEqualTo(Map.of("proxy", "c-1/attachments/a-1"));
        assertThat(RECEIVED.get(1).getRequestContext().getHttp().getMethod()).isEqualTo("DELETE");
    }

    @Test
    void preflightAnswers204WithTheCorsHeadersWithoutInvokingAnything() throws Exception {
        HttpResponse<String> response = send(request("/candidacies/c-1/submit")
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        CORS.forEach((name, value) -> assertThat(response.headers().firstValue(name)).as(name).contains(value));
        assertThat(INVOCATIONS).hasValue(0);
    }

    @Test
    void anUnknownRouteIsAJson404() throws Exception {
        HttpResponse<String> unknown = send(request("/nowhere").header("Accept-Language", "en"));
        HttpResponse<String> wrongMethod = send(request("/binary").POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json(unknown).at("/error/code").asText()).isEqualTo("route_not_found");
        assertThat(json(unknown).at("/error/message").asText()).isEqualTo("No route matches GET /nowhere.");
        assertThat(wrongMethod.statusCode()).isEqualTo(404);
        assertThat(json(wrongMethod).at("/error/code").asText()).isEqualTo("route_not_found");
        assertThat(INVOCATIONS).hasValue(0);
    }

    /** The failure is answered as the functions answer theirs, and the server goes on serving. */
    @Test
    void aFunctionThatFailsGivesAJson500() throws Exception {
        for (String path : List.of("/boom", "/no-handler")) {
            HttpResponse<String> response = send(request(path));
            assertThat(response.statusCode()).as(path).isEqualTo(500);
            assertThat(json(response).at("/error/code").asText()).as(path).isEqualTo("internal_error");
            assertThat(response.body()).as(path).doesNotContain("boom", "NoSuchHandler");
            assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).as(path).contains("*");
        }
        assertThat(INVOCATIONS).as("the handler that throws ran once, not retried").hasValue(1);
        assertThat(send(request("/campaigns/c-1")).statusCode()).isEqualTo(201);
    }

    @Test
    void aBodyOverTenMebibytesIsRefusedWith413() throws Exception {
        byte[] tooLarge = new byte[LocalApiServer.MAX_PAYLOAD_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        HttpResponse<String> response = send(request("/upload")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(tooLarge)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("body_too_large");
        assertThat(INVOCATIONS).hasValue(0);
    }

    @Test
    void aBodyOfExactlyTenMebibytesIsAccepted() throws Exception {
        byte[] limit = new byte[LocalApiServer.MAX_PAYLOAD_BYTES];
        Arrays.fill(limit, (byte) 'a');

        HttpResponse<String> response = send(request("/upload")
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(limit)));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(onlyEvent().getBody()).hasSize(LocalApiServer.MAX_PAYLOAD_BYTES);
    }

    @Test
    void aJwtRouteRefusedByTheVerifierAnswers401WithoutInvokingTheFunction() throws Exception {
        HttpResponse<String> none = send(request("/secure"));
        HttpResponse<String> bad = send(request("/secure").header("Authorization", "Bearer bad"));

        for (HttpResponse<String> response : List.of(none, bad)) {
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(json(response).at("/message").asText()).isEqualTo("Unauthorized");
            assertThat(response.headers().firstValue("www-authenticate")).contains("Bearer");
        }
        assertThat(INVOCATIONS).hasValue(0);
    }

    @Test
    void aJwtRouteAcceptedByTheVerifierGetsTheClaimsAndScopes() throws Exception {
        HttpResponse<String> response = send(request("/secure").header("Authorization", "Bearer good"));

        assertThat(response.statusCode()).isEqualTo(201);
        var jwt = onlyEvent().getRequestContext().getAuthorizer().getJwt();
        assertThat(jwt.getClaims()).isEqualTo(Map.of("sub", "applicant-1"));
        assertThat(jwt.getScopes()).containsExactly("candidacies/read");
    }

    @Test
    void localToolsAnswerTheirOwnPathsAndOthersUnderLocalFallThrough() throws Exception {
        HttpResponse<String> ping = send(request("/local/ping").PUT(HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> other = send(request("/local/other"));

        assertThat(ping.statusCode()).isEqualTo(200);
        assertThat(json(ping).get("pong").asText()).isEqualTo("PUT");
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(json(other).at("/error/code").asText()).isEqualTo("route_not_found");
    }

    @Test
    void staticFilesAreServedFromTheWebFolder() throws Exception {
        HttpResponse<String> index = send(request("/"));
        HttpResponse<String> script = send(request("/app.js"));
        HttpResponse<String> missing = send(request("/missing.html"));

        assertThat(index.statusCode()).isEqualTo(200);
        assertThat(index.body()).isEqualTo("<h1>Candidatures</h1>");
        assertThat(index.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Content-Type")).contains("text/javascript; charset=utf-8");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(INVOCATIONS).hasValue(0);
    }

    @Test
    void headOfAStaticFileAnswersItsHeadersWithoutBody() throws Exception {
        HttpResponse<String> head = send(request("/").method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(head.body()).isEmpty();
        // the connection is still usable afterwards
        assertThat(send(request("/")).body()).isEqualTo("<h1>Candidatures</h1>");
    }

    /** Sent on a raw socket: HTTP clients normalise dot segments away before sending. */
    @Test
    void pathTraversalOutOfTheWebFolderIsRefused() throws Exception {
        assertThat(Files.readString(folder.resolve("web").resolve("../secret"))).as("the file a traversal would reach")
                .isEqualTo("top secret");

        for (String path : List.of("/../secret", "/%2e%2e/secret", "/..%2fsecret", "/app.js/../../secret")) {
            String response = rawGet(path);
            assertThat(response).as(path).matches("(?s)HTTP/1.1 40[04] .*").doesNotContain("top secret");
            assertThat(jsonErrorCode(response)).as(path).isIn("bad_request", "route_not_found");
        }
    }

    /** What the hostile tester sent: each answered in the API's error shape, with a stable code, no class name. */
    @Test
    void httpTheServerCannotParseIsAnsweredAsJsonNeverAsAnHtmlPageNamingAClass() throws Exception {
        Map<String, String> sent = new LinkedHashMap<>();
        sent.put("GET /index.html%00.json HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "40");
        sent.put("GET /campaigns\\c-1 HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "40");
        sent.put("GET /a\\..\\secret HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "40");
        sent.put("GARBAGE\r\n\r\n", "400");
        sent.put("GET / HTTP/1.1 extra\r\nHost: localhost\r\n\r\n", "400");
        sent.put("GET /%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", "40");
        sent.put("GET / HTTP/1.1\r\nHost: localhost\r\nBad Header\r\n\r\n", "400");
        sent.put("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(1024 * 1024) + "\r\n\r\n", "431");
        for (var request : sent.entrySet()) {
            String label = request.getKey().substring(0, Math.min(40, request.getKey().length()));
            String response = raw(request.getKey());
            assertThat(response).as(label).startsWith("HTTP/1.1 " + request.getValue())
                    .doesNotContain("Exception").doesNotContain("<html").doesNotContain("<h1").doesNotContain("java.");
            assertThat(jsonErrorCode(response)).as(label).matches("[a-z]+(_[a-z]+)*");
        }
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost\r\nX-Big: " + "a".repeat(1024 * 1024) + "\r\n\r\n"))
                .contains("\"headers_too_large\"");
        assertThat(INVOCATIONS).hasValue(0);
        assertThat(send(request("/campaigns/c-1")).statusCode()).as("and it goes on serving").isEqualTo(201);
    }

    @Test
    void theLocalToolsRefuseAnyOtherOriginAndBodiesNotDeclaredJson() throws Exception {
        HttpResponse<String> crossSite = send(request("/local/ping").header("Origin", "https://evil.example")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> simplePost = send(request("/local/ping").header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"role\":\"organiser\"}")));
        HttpResponse<String> preflight = send(request("/local/ping").header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST").method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        HttpResponse<String> rebound = send(request("/local/ping").header("Origin", "http://evil.example:" + server.port())
                .PUT(HttpRequest.BodyPublishers.noBody()));

        for (HttpResponse<String> refused : List.of(crossSite, preflight, rebound)) {
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(json(refused).at("/error/code").asText()).isEqualTo("cross_origin_refused");
        }
        assertThat(simplePost.statusCode()).isEqualTo(415);
        assertThat(json(simplePost).at("/error/code").asText()).isEqualTo("unsupported_media_type");
        for (HttpResponse<String> refused : List.of(crossSite, simplePost, preflight, rebound)) {
            assertThat(refused.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        }

        HttpResponse<String> ownPage = send(request("/local/ping").header("Origin", "http://localhost:" + server.port())
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> script = send(request("/local/ping").PUT(HttpRequest.BodyPublishers.noBody()));
        assertThat(ownPage.statusCode()).isEqualTo(200);
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.headers().firstValue("Access-Control-Allow-Origin")).as("no CORS on the local tools").isEmpty();
    }

    @Test
    void eachRequestIsStampedWithTheLocalClockOnArrival() throws Exception {
        Instant travelled = Instant.parse("2027-10-10T21:59:59.999Z");
        try (LocalApiServer stamped = new LocalApiServer(0, List.of(new HttpRoute("GET", "/campaigns/{campaignId}",
                new LocalFunction("EchoFunction", EchoHandler.class.getName(), Map.of(), 256, 10), null, List.of())),
                (method, path, headers, body) -> Optional.empty(), (a, h, s) -> Optional.empty(),
                new StaticFiles(folder.resolve("web")), CORS, java.time.Clock.fixed(travelled, java.time.ZoneOffset.UTC))) {
            stamped.start();
            client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stamped.port() + "/campaigns/c-1")).build(),
                    HttpResponse.BodyHandlers.ofString());
        }
        assertThat(onlyEvent().getRequestContext().getTimeEpoch()).isEqualTo(travelled.toEpochMilli());
    }

    private static String jsonErrorCode(String rawResponse) throws IOException {
        String body = rawResponse.substring(rawResponse.indexOf("\r\n\r\n") + 4);
        return Json.mapper().readTree(body).at("/error/code").asText();
    }

    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.net.SocketException reset) {
            return "reset: " + reset.getMessage();
        }
    }

    private static String rawGet(String path) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static byte[] allBytes() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) i;
        }
        return bytes;
    }
}
