package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.local.template.AccessLog;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.gateway.HttpApiEvent;
import fr.interconnectes.candidatures.http.gateway.HttpApiResponse;
import fr.interconnectes.candidatures.http.ErrorResponses;
import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
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
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * What API Gateway's HTTP API does in front of the functions, on one port: matches the template's
 * routes, builds the payload 2.0 event (stamped with its receipt time, as API Gateway does), invokes the handler
 * in-process and writes its response. Paths under {@code /local/} go to the local-only tools, which answer only
 * the local page itself or a client sending no {@code Origin} (see {@link LocalToolsGuard}); other unmatched GETs
 * are served from the static web folder.
 *
 * <p>HTTP itself is parsed by Jetty, whose every refusal (malformed request line, undecodable path, oversized
 * headers: 431) is answered in the API's error shape by {@link JsonErrors}, never as an HTML page.
 */
public final class LocalApiServer implements AutoCloseable {

    private static final JsonLogger LOG = JsonLogger.of(LocalApiServer.class);
    private static final DateTimeFormatter REQUEST_TIME =
            DateTimeFormatter.ofPattern("dd/MMM/yyyy:HH:mm:ss Z", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    /** API Gateway HTTP APIs refuse larger payloads. */
    static final int MAX_PAYLOAD_BYTES = 10 * 1024 * 1024;
    /** API Gateway refuses a request whose headers exceed 10 KiB; locally a little more room. */
    static final int MAX_HEADER_BYTES = 16 * 1024;

    /** Answers a local-only path ({@code /local/...}), or returns empty when it is not one of its own. */
    public interface LocalTools {
        Optional<ApiResponse> handle(String method, String path, Map<String, String> headers, String body);

        /** With the raw query string too (the local sign-in's authorize and logout pages read theirs). */
        default Optional<ApiResponse> handle(String method, String path, String rawQuery, Map<String, String> headers,
                                             String body) {
            return handle(method, path, headers, body);
        }
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

    private final Server server;
    private final ServerConnector connector;
    private final List<HttpRoute> routes;
    private final LocalTools tools;
    private final JwtVerifier jwtVerifier;
    private final StaticFiles staticFiles;
    private final Map<String, String> cors;
    private final Map<String, String> pageHeaders;
    private final Clock clock;
    private final AccessLog accessLog;
    private final LocalTableStream tableStream;

    public LocalApiServer(int port, List<HttpRoute> routes, LocalTools tools, JwtVerifier jwtVerifier,
                          StaticFiles staticFiles, Map<String, String> corsHeaders) {
        this(port, routes, tools, jwtVerifier, staticFiles, corsHeaders, Clock.systemUTC());
    }

    /** @param clock what stamps each request on arrival ({@code requestContext.timeEpoch}): the local run's clock */
    public LocalApiServer(int port, List<HttpRoute> routes, LocalTools tools, JwtVerifier jwtVerifier,
                          StaticFiles staticFiles, Map<String, String> corsHeaders, Clock clock) {
        this(port, routes, tools, jwtVerifier, staticFiles, corsHeaders, Map.of(), clock);
    }

    /**
     * @param pageHeaders what every static page is sent with besides its type: the web distribution's security
     *     headers ({@link fr.interconnectes.candidatures.local.template.WebSecurityHeaders}); the API's answers, which
     *     do not go through the distribution, get none of them
     */
    public LocalApiServer(int port, List<HttpRoute> routes, LocalTools tools, JwtVerifier jwtVerifier,
                          StaticFiles staticFiles, Map<String, String> corsHeaders, Map<String, String> pageHeaders,
                          Clock clock) {
        this(port, routes, tools, jwtVerifier, staticFiles, corsHeaders, pageHeaders, clock, AccessLog.NONE,
                LocalTableStream.NONE);
    }

    /**
     * @param accessLog   where each request that reaches a route is written, as API Gateway's access log has it
     * @param tableStream what the table's stream brings its subscribers after a request that may write
     */
    public LocalApiServer(int port, List<HttpRoute> routes, LocalTools tools, JwtVerifier jwtVerifier,
                          StaticFiles staticFiles, Map<String, String> corsHeaders, Map<String, String> pageHeaders,
                          Clock clock, AccessLog accessLog, LocalTableStream tableStream) {
        this.accessLog = accessLog;
        this.tableStream = tableStream;
        this.routes = routes;
        this.tools = tools;
        this.jwtVerifier = jwtVerifier;
        this.staticFiles = staticFiles;
        this.cors = corsHeaders;
        this.pageHeaders = Map.copyOf(pageHeaders);
        this.clock = clock;
        QueuedThreadPool threads = new QueuedThreadPool(48, 4);
        threads.setName("local-api");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration configuration = new HttpConfiguration();
        configuration.setRequestHeaderSize(MAX_HEADER_BYTES);
        configuration.setSendServerVersion(false);
        configuration.setSendDateHeader(true);
        // paths reach the routes as API Gateway passes them (encoded slashes, dot segments, '+'...): the routes
        // decode their parameters once, the functions check every id, the static files stay inside their folder
        configuration.setUriCompliance(UriCompliance.UNSAFE);
        this.connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(configuration));
        connector.setHost("127.0.0.1");
        connector.setPort(port);
        connector.setAcceptQueueSize(128);
        server.addConnector(connector);
        server.setErrorHandler(new JsonErrors());
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                serve(request, response, callback);
                return true;
            }
        });
    }

    public void start() {
        try {
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("the local API cannot listen on port " + connector.getPort(), e);
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    private void serve(Request request, Response response, Callback callback) {
        Language language = Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
        ApiAnswer answer;
        try {
            answer = answer(request, language);
        } catch (RuntimeException e) {
            LOG.error("local API failure", e);
            answer = ApiAnswer.of(ErrorResponses.from(e, language, null), cors);
        }
        write(request, response, callback, answer);
    }

    /** A response and the headers to send with it (the CORS ones of API routes included). */
    private record ApiAnswer(int status, Map<String, String> headers, byte[] body) {

        static ApiAnswer of(ApiResponse response, Map<String, String> extraHeaders) {
            Map<String, String> headers = new LinkedHashMap<>(extraHeaders);
            headers.putAll(response.headers());
            return new ApiAnswer(response.status(), headers, response.body().getBytes(StandardCharsets.UTF_8));
        }
    }

    private ApiAnswer answer(Request request, Language language) {
        Instant receivedAt = clock.instant();
        String method = request.getMethod().toUpperCase(Locale.ROOT);
        String rawPath = request.getHttpURI().getPath();
        // decoded once, as a path; routes match on the raw path and decode their parameters themselves
        String path = HttpRoute.decodePath(rawPath);
        Map<String, String> headers = headers(request);
        byte[] body = readBody(request);
        if (body == null) {
            return ApiAnswer.of(ErrorResponses.of(new DomainException(HttpErrorCode.BODY_TOO_LARGE, MAX_PAYLOAD_BYTES),
                    language), cors);
        }
        if (path.equals("/local") || path.startsWith("/local/")) {
            // no CORS header of any kind: a page of another origin can neither call nor read the local tools
            Optional<ApiResponse> refused = LocalToolsGuard.refusal(method, path, headers, body.length, port(), language);
            if (refused.isPresent()) {
                return ApiAnswer.of(refused.get(), Map.of());
            }
            Optional<ApiResponse> local = tools.handle(method, path,
                    Optional.ofNullable(request.getHttpURI().getQuery()).orElse(""), headers,
                    new String(body, StandardCharsets.UTF_8));
            if (local.isPresent()) {
                // a tool may run a scheduled job, which writes
                tableStream.afterRequest(method);
                return ApiAnswer.of(local.get(), Map.of());
            }
        }
        if (method.equals("OPTIONS")) {
            return new ApiAnswer(204, cors, new byte[0]);
        }
        for (HttpRoute route : routes) {
            Optional<Map<String, String>> parameters = route.match(method, rawPath);
            if (parameters.isPresent()) {
                long started = System.nanoTime();
                ApiAnswer answer = invoke(request, route, parameters.get(), headers, body, method, rawPath, path,
                        receivedAt);
                logAccess(route, answer, headers, receivedAt, started, Request.getRemoteAddr(request));
                tableStream.afterRequest(method);
                return answer;
            }
        }
        if (method.equals("GET") || method.equals("HEAD")) {
            Optional<StaticFiles.StaticFile> file = staticFiles.find(path);
            if (file.isPresent()) {
                Map<String, String> page = new LinkedHashMap<>(pageHeaders);
                page.put("Content-Type", file.get().contentType());
                page.put("Cache-Control", "no-cache");
                return new ApiAnswer(200, page, file.get().bytes());
            }
        }
        return ApiAnswer.of(ErrorResponses.of(new DomainException(HttpErrorCode.ROUTE_NOT_FOUND, method,
                printable(path)), language), cors);
    }

    /** A path as an error message may repeat it: no control or invisible character, not too long. */
    private static String printable(String path) {
        String visible = path.codePoints()
                .map(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return visible.length() > 200 ? visible.substring(0, 200) + "…" : visible;
    }

    private ApiAnswer invoke(Request request, HttpRoute route, Map<String, String> pathParameters,
                             Map<String, String> headers, byte[] body, String method, String rawPath, String path,
                             Instant receivedAt) {
        HttpApiEvent.JwtAuthorizer authorizer = null;
        if (route.requiresJwt()) {
            Optional<Map<String, String>> claims = jwtVerifier.verify(route.authorizer(), headers, route.authorizationScopes());
            if (claims.isEmpty()) {
                // API Gateway's own answer: the function is not invoked
                Map<String, String> unauthorized = new LinkedHashMap<>(cors);
                unauthorized.put("Content-Type", "application/json");
                unauthorized.put("www-authenticate", "Bearer");
                return new ApiAnswer(401, unauthorized, "{\"message\":\"Unauthorized\"}".getBytes(StandardCharsets.UTF_8));
            }
            authorizer = new HttpApiEvent.JwtAuthorizer(claims.get(), route.authorizationScopes());
        }
        String rawQuery = Optional.ofNullable(request.getHttpURI().getQuery()).orElse("");
        String contentType = headers.getOrDefault("content-type", "");
        boolean text = body.length == 0 || isText(contentType);
        List<String> cookies = headers.containsKey("cookie")
                ? List.of(headers.get("cookie").split(";\\s*")) : null;
        Map<String, String> eventHeaders = new LinkedHashMap<>(headers);
        eventHeaders.remove("cookie");
        String requestId = UUID.randomUUID().toString();
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
                        requestId, REQUEST_TIME.format(receivedAt), receivedAt.toEpochMilli(),
                        new HttpApiEvent.Http(method, path, request.getConnectionMetaData().getProtocol(),
                                Request.getRemoteAddr(request), headers.getOrDefault("user-agent", "")),
                        authorizer));
        HttpApiResponse response = HttpApiResponse.read(new ByteArrayInputStream(route.function().invoke(event.toJson())));
        Map<String, String> responseHeaders = new LinkedHashMap<>(cors);
        responseHeaders.putAll(response.headers());
        // as API Gateway answers: the request id the function's logs (and the mails it records) name
        responseHeaders.put("apigw-requestid", requestId);
        return new ApiAnswer(response.statusCode(), responseHeaders, response.bodyBytes());
    }

    private void logAccess(HttpRoute route, ApiAnswer answer, Map<String, String> headers, Instant receivedAt,
                           long started, String sourceIp) {
        String latency = Long.toString((System.nanoTime() - started) / 1_000_000);
        Map<String, String> context = new LinkedHashMap<>();
        context.put("requestId", answer.headers().getOrDefault("apigw-requestid", ""));
        context.put("requestTime", REQUEST_TIME.format(receivedAt));
        context.put("routeKey", route.routeKey());
        context.put("status", Integer.toString(answer.status()));
        context.put("responseLength", Integer.toString(answer.body().length));
        context.put("responseLatency", latency);
        // an authorizer's refusal never reaches the function
        context.put("integrationLatency", answer.headers().containsKey("apigw-requestid") ? latency : "");
        context.put("identity.sourceIp", sourceIp);
        context.put("identity.userAgent", headers.getOrDefault("user-agent", ""));
        accessLog.write(context);
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
            String name = decodeQuery(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeQuery(pair.substring(equals + 1));
            // API Gateway joins repeated parameters with commas
            parameters.merge(name, value, (a, b) -> a + "," + b);
        }
        return parameters;
    }

    /** As API Gateway: a malformed escape is kept as it is rather than failing the request. */
    private static String decodeQuery(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return HttpRoute.decodePath(raw.replace('+', ' '));
        }
    }

    private static Map<String, String> headers(Request request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.merge(field.getName().toLowerCase(Locale.ROOT), field.getValue(), (a, b) -> a + "," + b);
        }
        return headers;
    }

    private static byte[] readBody(Request request) {
        try (InputStream in = Content.Source.asInputStream(request)) {
            byte[] bytes = in.readNBytes(MAX_PAYLOAD_BYTES + 1);
            return bytes.length > MAX_PAYLOAD_BYTES ? null : bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Request request, Response response, Callback callback, ApiAnswer answer) {
        response.setStatus(answer.status());
        HttpFields.Mutable headers = response.getHeaders();
        answer.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase("Content-Length")) {
                headers.add(name, value);
            }
        });
        boolean noBody = answer.status() == 204 || answer.status() == 304;
        if (noBody) {
            callback.succeeded();
            return;
        }
        headers.put(HttpHeader.CONTENT_LENGTH, answer.body().length);
        if (request.getMethod().equalsIgnoreCase("HEAD")) {
            callback.succeeded();
            return;
        }
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    List<String> routeKeys() {
        List<String> keys = new ArrayList<>();
        routes.forEach(r -> keys.add(r.routeKey()));
        return keys;
    }

    @Override
    public void close() {
        tableStream.close();
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("local API did not stop cleanly", "cause", e.getClass().getName());
        }
    }

    /**
     * Jetty's answers to what never becomes a request (a malformed request line, an undecodable or ambiguous path,
     * headers over {@link #MAX_HEADER_BYTES}) and to anything else it refuses itself: the API's error shape, a
     * stable code, no class name, no HTML.
     */
    static final class JsonErrors extends ErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            Object status = request.getAttribute(ERROR_STATUS);
            int code = status instanceof Integer given ? given : response.getStatus();
            Language language = Language.fromAcceptLanguage(request.getHeaders().get(HttpHeader.ACCEPT_LANGUAGE));
            ApiResponse error = of(code, language);
            response.setStatus(error.status());
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put("Content-Language", language.code());
            response.write(true, ByteBuffer.wrap(error.body().getBytes(StandardCharsets.UTF_8)), callback);
            return true;
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            ApiResponse error = of(status, Language.FR);
            fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
            return ByteBuffer.wrap(error.body().getBytes(StandardCharsets.UTF_8));
        }

        /** The transport code of a status Jetty chose; its status kept when it is one of a client's faults. */
        static ApiResponse of(int status, Language language) {
            HttpErrorCode code = switch (status) {
                case 404 -> HttpErrorCode.NOT_FOUND;
                case 413 -> HttpErrorCode.BODY_TOO_LARGE;
                case 414 -> HttpErrorCode.URI_TOO_LONG;
                case 415 -> HttpErrorCode.UNSUPPORTED_MEDIA_TYPE;
                case 431 -> HttpErrorCode.HEADERS_TOO_LARGE;
                // 501 (unknown method), 505 (unknown protocol version)...: the client's fault all the same
                default -> status == 500 ? HttpErrorCode.INTERNAL_ERROR : HttpErrorCode.BAD_REQUEST;
            };
            ApiResponse response = ErrorResponses.of(new DomainException(code, MAX_PAYLOAD_BYTES), language);
            int answered = status >= 400 && status < 500 ? status : response.status();
            return new ApiResponse(answered, response.headers(), response.body());
        }
    }
}
