package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.gateway.HttpApiEvent;
import fr.interconnectes.candidatures.http.gateway.HttpApiResponse;
import java.io.ByteArrayInputStream;
import fr.interconnectes.candidatures.http.ErrorResponses;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * What API Gateway's HTTP API does in front of the functions, on one port: matches the template's
 * routes, builds the payload 2.0 event, invokes the handler in-process and writes its response. Paths
 * under {@code /local/} go to the local-only tools; other unmatched GETs are served from the static web
 * folder.
 */
public final class LocalApiServer implements AutoCloseable {

    private static final JsonLogger LOG = JsonLogger.of(LocalApiServer.class);
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** API Gateway HTTP APIs refuse larger payloads. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;

    /** Answers a local-only path ({@code /local/...}), or returns empty when it is not one of its own. */
    public interface LocalTools {
        Optional<ApiResponse> handle(String method, String path, Map<String, String> headers, String body);
    }

    /**
     * Checks the token of a route guarded by a JWT authorizer, as the named authorizer of the template
     * would; the claims to hand to the function (strings, as API Gateway passes them), or empty for "refuse
     * with 401".
     *
     * @param headers request headers, names in lower case
     */
    public interface JwtVerifier {
        Optional<Map<String, String>> verify(String authorizer, Map<String, String> headers, List<String> requiredScopes);
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final List<HttpRoute> routes;
    private final LocalTools tools;
    private final JwtVerifier jwtVerifier;
    private final StaticFiles staticFiles;
    private final Map<String, String> cors;

    public LocalApiServer(int port, List<HttpRoute> routes, LocalTools tools, JwtVerifier jwtVerifier,
                          StaticFiles staticFiles, Map<String, String> corsHeaders) throws IOException {
        this.routes = routes;
        this.tools = tools;
        this.jwtVerifier = jwtVerifier;
        this.staticFiles = staticFiles;
        this.cors = corsHeaders;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 128);
        this.executor = Executors.newFixedThreadPool(32, runnable -> {
            Thread thread = new Thread(runnable, "local-api");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    public void start() {
        server.start();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void serve(HttpExchange exchange) throws IOException {
        // the exchange is closed only once answered, also when answering a failure
        try (exchange) {
            try {
                answer(exchange);
            } catch (RuntimeException e) {
                LOG.error("local API failure", e);
                try {
                    write(exchange, ErrorResponses.from(e, Language.FR, null));
                } catch (IOException alreadyAnswered) {
                    // the response had started, or the client went away
                }
            }
        }
    }

    private void answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod().toUpperCase(Locale.ROOT);
        String rawPath = exchange.getRequestURI().getRawPath();
        // decoded once, as a path; routes match on the raw path and decode their parameters themselves
        String path = HttpRoute.decodePath(rawPath);
        Map<String, String> headers = headers(exchange);
        Language language = Language.fromAcceptLanguage(headers.get("accept-language"));
        byte[] body = readBody(exchange.getRequestBody());
        if (body == null) {
            write(exchange, ErrorResponses.of(new DomainException(HttpErrorCode.BODY_TOO_LARGE, MAX_PAYLOAD_BYTES), language));
            return;
        }
        if (method.equals("OPTIONS")) {
            write(exchange, new ApiResponse(204, cors, ""));
            return;
        }
        if (path.startsWith("/local/")) {
            Optional<ApiResponse> local = tools.handle(method, path, headers, new String(body, StandardCharsets.UTF_8));
            if (local.isPresent()) {
                write(exchange, local.get());
                return;
            }
        }
        for (HttpRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, rawPath);
            if (parameters.isPresent()) {
                invoke(exchange, route, parameters.get(), headers, body, method, rawPath, path);
                return;
            }
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            Optional<StaticFiles.StaticFile> file = staticFiles.find(path);
            if (file.isPresent()) {
                exchange.getResponseHeaders().add("Content-Type", file.get().contentType());
                exchange.getResponseHeaders().add("Cache-Control", "no-cache");
                if (method.equals("HEAD")) {
                    exchange.sendResponseHeaders(200, -1);
                    return;
                }
                exchange.sendResponseHeaders(200, file.get().bytes().length);
                exchange.getResponseBody().write(file.get().bytes());
                return;
            }
        }
        write(exchange, ErrorResponses.of(new DomainException(HttpErrorCode.ROUTE_NOT_FOUND, method, path), language));
    }

    private void invoke(HttpExchange exchange, HttpRoute route, Map<String, String> pathParameters,
                        Map<String, String> headers, byte[] body, String method, String rawPath, String path)
            throws IOException {
        HttpApiEvent.JwtAuthorizer authorizer = null;
        if (route.requiresJwt()) {
            Optional<Map<String, String>> claims = jwtVerifier.verify(route.authorizer(), headers, route.authorizationScopes());
            if (claims.isEmpty()) {
                // API Gateway's own answer: the function is not invoked
                write(exchange, new ApiResponse(401, Map.of("Content-Type", "application/json",
                        "www-authenticate", "Bearer"), "{\"message\":\"Unauthorized\"}"));
                return;
            }
            authorizer = new HttpApiEvent.JwtAuthorizer(claims.get(), route.authorizationScopes());
        }
        String rawQuery = Optional.ofNullable(exchange.getRequestURI().getRawQuery()).orElse("");
        String contentType = headers.getOrDefault("content-type", "");
        boolean text = body.length == 0 || isText(contentType);
        Instant now = Instant.now();
        List<String> cookies = headers.containsKey("cookie")
                ? List.of(headers.get("cookie").split(";\\s*")) : null;
        Map<String, String> eventHeaders = new LinkedHashMap<>(headers);
        eventHeaders.remove("cookie");
        HttpApiEvent event = new HttpApiEvent(
                route.routeKey(),
                rawPath,
                rawQuery,
                cookies,
                eventHeaders,
                rawQuery.isEmpty() ? null : queryParameters(rawQuery),
                pathParameters.isEmpty() ? null : pathParameters,
                body.length == 0 ? null
                        : text ? new String(body, StandardCharsets.UTF_8) : Base64.getEncoder().encodeToString(body),
                !text,
                new HttpApiEvent.RequestContext("000000000000", "local",
                        headers.getOrDefault("host", "localhost"), "localhost", "$default", route.routeKey(),
                        UUID.randomUUID().toString(), REQUEST_TIME.format(now), now.toEpochMilli(),
                        new HttpApiEvent.Http(method, path, exchange.getProtocol(),
                                exchange.getRemoteAddress().getAddress().getHostAddress(),
                                headers.getOrDefault("user-agent", "")),
                        authorizer));
        HttpApiResponse response = HttpApiResponse.read(new ByteArrayInputStream(route.function().invoke(event.toJson())));
        Map<String, String> responseHeaders = new LinkedHashMap<>(cors);
        responseHeaders.putAll(response.headers());
        writeBytes(exchange, response.statusCode(), responseHeaders, response.bodyBytes());
    }

    private static boolean isText(String contentType) {
        String type = contentType.toLowerCase(Locale.ROOT);
        return type.startsWith("text/") || type.contains("json") || type.contains("xml")
                || type.contains("x-www-form-urlencoded") || type.contains("javascript");
    }

    static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            // API Gateway joins repeated parameters with commas
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    private static Map<String, String> headers(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) ->
                headers.put(name.toLowerCase(Locale.ROOT), String.join(",", values)));
        return headers;
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
        return bytes.length > MAX_PAYLOAD_BYTES ? null : bytes;
    }

    private void write(HttpExchange exchange, ApiResponse response) throws IOException {
        Map<String, String> headers = new LinkedHashMap<>(cors);
        headers.putAll(response.headers());
        writeBytes(exchange, response.status(), headers, response.body().getBytes(StandardCharsets.UTF_8));
    }

    private static void writeBytes(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        boolean noBody = status == 204 || status == 304 || exchange.getRequestMethod().equalsIgnoreCase("HEAD");
        exchange.sendResponseHeaders(status, noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    List<String> routeKeys() {
        List<String> keys = new ArrayList<>();
        routes.forEach(r -> keys.add(r.routeKey()));
        return keys;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
