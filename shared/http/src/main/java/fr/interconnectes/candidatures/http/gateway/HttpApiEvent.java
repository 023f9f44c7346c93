package fr.interconnectes.candidatures.http.gateway;

import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.StreamingJson;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The API Gateway HTTP API event, payload format 2.0, bound by the project itself (read by the deployed handlers,
 * written by the local runner and the priming of SnapStart): only Jackson's streaming parser runs, never the Lambda
 * runtime's own event serializer. Fields the handlers have no use for ({@code stageVariables}, the identity of the
 * caller's TLS certificate…) are left out. Absent maps and lists are empty.
 */
public record HttpApiEvent(
        String routeKey,
        String rawPath,
        String rawQueryString,
        List<String> cookies,
        Map<String, String> headers,
        Map<String, String> queryStringParameters,
        Map<String, String> pathParameters,
        String body,
        boolean isBase64Encoded,
        RequestContext requestContext) {

    public HttpApiEvent {
        cookies = cookies == null ? List.of() : List.copyOf(cookies);
        headers = copy(headers);
        queryStringParameters = copy(queryStringParameters);
        pathParameters = copy(pathParameters);
    }

    /** {@code requestContext}: who asked what; {@code authorizer} is null on a route without one. */
    public record RequestContext(String accountId, String apiId, String domainName, String domainPrefix, String stage,
                                 String routeKey, String requestId, String time, long timeEpoch, Http http,
                                 JwtAuthorizer authorizer) {
    }

    /** {@code requestContext.http}. */
    public record Http(String method, String path, String protocol, String sourceIp, String userAgent) {
    }

    /** {@code requestContext.authorizer.jwt}: the claims the JWT authorizer verified, as strings, and the scopes. */
    public record JwtAuthorizer(Map<String, String> claims, List<String> scopes) {

        public JwtAuthorizer {
            claims = copy(claims);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
        }
    }

    /**
     * Reads the event from the invocation's input, straight from the parser into the records: no map of the whole
     * event is built on every request. A document that is not an object reads as an empty event.
     */
    public static HttpApiEvent read(InputStream in) {
        try (JsonParser parser = StreamingJson.factory().createParser(in)) {
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                return event(parser);
            }
            return new HttpApiEvent(null, null, null, null, null, null, null, null, false, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpApiEvent event(JsonParser parser) throws IOException {
        String[] texts = new String[4];
        List<List<String>> cookies = new ArrayList<>(List.of(List.of()));
        List<Map<String, String>> maps = new ArrayList<>(List.of(Map.of(), Map.of(), Map.of()));
        boolean[] base64 = new boolean[1];
        List<RequestContext> context = new ArrayList<>(java.util.Collections.nCopies(1, null));
        members(parser, name -> {
            switch (name) {
                case "routeKey" -> texts[0] = text(parser);
                case "rawPath" -> texts[1] = text(parser);
                case "rawQueryString" -> texts[2] = text(parser);
                case "body" -> texts[3] = text(parser);
                case "cookies" -> cookies.set(0, texts(parser));
                case "headers" -> maps.set(0, strings(parser));
                case "queryStringParameters" -> maps.set(1, strings(parser));
                case "pathParameters" -> maps.set(2, strings(parser));
                case "isBase64Encoded" -> base64[0] = parser.currentToken() == JsonToken.VALUE_TRUE;
                case "requestContext" -> context.set(0, parser.currentToken() == JsonToken.VALUE_NULL ? null
                        : requestContext(parser));
                default -> parser.skipChildren();
            }
        });
        return new HttpApiEvent(texts[0], texts[1], texts[2], cookies.getFirst(), maps.get(0), maps.get(1), maps.get(2),
                texts[3], base64[0], context.getFirst());
    }

    /** {@code requestContext}, as an empty one when it is not an object. */
    private static RequestContext requestContext(JsonParser parser) throws IOException {
        String[] texts = new String[8];
        long[] timeEpoch = new long[1];
        Object[] parts = new Object[2];
        members(parser, name -> {
            switch (name) {
                case "accountId" -> texts[0] = text(parser);
                case "apiId" -> texts[1] = text(parser);
                case "domainName" -> texts[2] = text(parser);
                case "domainPrefix" -> texts[3] = text(parser);
                case "stage" -> texts[4] = text(parser);
                case "routeKey" -> texts[5] = text(parser);
                case "requestId" -> texts[6] = text(parser);
                case "time" -> texts[7] = text(parser);
                case "timeEpoch" -> timeEpoch[0] = parser.currentToken().isNumeric() ? parser.getLongValue() : 0L;
                case "http" -> parts[0] = parser.currentToken() == JsonToken.VALUE_NULL ? null : http(parser);
                case "authorizer" -> parts[1] = parser.currentToken() == JsonToken.START_OBJECT
                        ? authorizer(parser) : skipped(parser);
                default -> parser.skipChildren();
            }
        });
        return new RequestContext(texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7],
                timeEpoch[0], (Http) parts[0], (JwtAuthorizer) parts[1]);
    }

    /** {@code requestContext.http}, as an empty one when it is not an object. */
    private static Http http(JsonParser parser) throws IOException {
        String[] texts = new String[5];
        members(parser, name -> {
            switch (name) {
                case "method" -> texts[0] = text(parser);
                case "path" -> texts[1] = text(parser);
                case "protocol" -> texts[2] = text(parser);
                case "sourceIp" -> texts[3] = text(parser);
                case "userAgent" -> texts[4] = text(parser);
                default -> parser.skipChildren();
            }
        });
        return new Http(texts[0], texts[1], texts[2], texts[3], texts[4]);
    }

    /** {@code authorizer.jwt}; null when there is none, or an empty one, as on a public route. */
    private static JwtAuthorizer authorizer(JsonParser parser) throws IOException {
        JwtAuthorizer[] authorizer = new JwtAuthorizer[1];
        members(parser, name -> {
            if (!name.equals("jwt") || parser.currentToken() != JsonToken.START_OBJECT) {
                parser.skipChildren();
                return;
            }
            List<Map<String, String>> claims = new ArrayList<>(java.util.Collections.nCopies(1, null));
            List<List<String>> scopes = new ArrayList<>(java.util.Collections.nCopies(1, null));
            boolean[] any = new boolean[1];
            members(parser, member -> {
                any[0] = true;
                switch (member) {
                    case "claims" -> claims.set(0, strings(parser));
                    case "scopes" -> scopes.set(0, texts(parser));
                    default -> parser.skipChildren();
                }
            });
            authorizer[0] = any[0] ? new JwtAuthorizer(claims.getFirst(), scopes.getFirst()) : null;
        });
        return authorizer[0];
    }

    /** What is done with one member of an object, the parser on its value. */
    @FunctionalInterface
    private interface Member {
        void read(String name) throws IOException;
    }

    /** Each member of the object the parser is on, in order; a value that is not an object has none. */
    private static void members(JsonParser parser, Member member) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            member.read(name);
        }
    }

    /** A scalar as text (numbers as written); a structure where text was expected reads as none. */
    private static String text(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token.isStructStart()) {
            parser.skipChildren();
            return null;
        }
        return token == JsonToken.VALUE_NULL ? null : parser.getText();
    }

    private static List<String> texts(JsonParser parser) throws IOException {
        List<String> texts = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            parser.skipChildren();
            return texts;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            texts.add(text(parser));
        }
        return texts;
    }

    /** An object of scalars as strings (API Gateway passes claims as strings; a structured value is left out). */
    private static Map<String, String> strings(JsonParser parser) throws IOException {
        Map<String, String> strings = new LinkedHashMap<>();
        members(parser, name -> {
            JsonToken value = parser.currentToken();
            if (value.isStructStart()) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                strings.put(name, parser.getText());
            }
        });
        return strings;
    }

    private static <T> T skipped(JsonParser parser) throws IOException {
        parser.skipChildren();
        return null;
    }

    /**
     * The request as the API sees it: the body decoded from base64 when API Gateway encoded it, the path of
     * {@code requestContext.http} (the raw path without one), the JWT claims (none on a public route),
     * API Gateway's receipt time ({@code requestContext.timeEpoch}; none when the event has no such time).
     */
    public ApiRequest toRequest() {
        String decoded = body != null && isBase64Encoded
                ? new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8) : body;
        Http http = requestContext == null ? null : requestContext.http();
        JwtAuthorizer jwt = requestContext == null ? null : requestContext.authorizer();
        return new ApiRequest(
                http == null ? null : http.method(),
                http == null ? rawPath : http.path(),
                pathParameters, queryStringParameters, headers, decoded,
                requestContext == null ? null : requestContext.requestId(),
                jwt == null ? Map.of() : jwt.claims(),
                requestContext == null || requestContext.timeEpoch() <= 0
                        ? null : Instant.ofEpochMilli(requestContext.timeEpoch()));
    }

    /** The event as JSON, as API Gateway sends it (absent parts left out). */
    public byte[] toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("version", "2.0");
        json.put("routeKey", routeKey);
        json.put("rawPath", rawPath);
        json.put("rawQueryString", rawQueryString == null ? "" : rawQueryString);
        putIfAny(json, "cookies", cookies);
        json.put("headers", headers);
        putIfAny(json, "queryStringParameters", queryStringParameters);
        putIfAny(json, "pathParameters", pathParameters);
        if (requestContext != null) {
            json.put("requestContext", requestContextJson(requestContext));
        }
        if (body != null) {
            json.put("body", body);
        }
        json.put("isBase64Encoded", isBase64Encoded);
        return StreamingJson.write(json).getBytes(StandardCharsets.UTF_8);
    }

    private static Map<String, Object> requestContextJson(RequestContext context) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("accountId", context.accountId());
        json.put("apiId", context.apiId());
        if (context.authorizer() != null) {
            Map<String, Object> jwt = new LinkedHashMap<>();
            jwt.put("claims", context.authorizer().claims());
            jwt.put("scopes", context.authorizer().scopes().isEmpty() ? null : context.authorizer().scopes());
            json.put("authorizer", Map.of("jwt", jwt));
        }
        json.put("domainName", context.domainName());
        json.put("domainPrefix", context.domainPrefix());
        if (context.http() != null) {
            Http http = context.http();
            Map<String, Object> httpJson = new LinkedHashMap<>();
            httpJson.put("method", http.method());
            httpJson.put("path", http.path());
            httpJson.put("protocol", http.protocol());
            httpJson.put("sourceIp", http.sourceIp());
            httpJson.put("userAgent", http.userAgent());
            json.put("http", httpJson);
        }
        json.put("requestId", context.requestId());
        json.put("routeKey", context.routeKey());
        json.put("stage", context.stage());
        json.put("time", context.time());
        json.put("timeEpoch", context.timeEpoch());
        return json;
    }

    private static void putIfAny(Map<String, Object> json, String name, Object value) {
        if (value instanceof Map<?, ?> map && !map.isEmpty() || value instanceof List<?> list && !list.isEmpty()) {
            json.put(name, value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> object(Object value) {
        return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
    }

    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    static List<String> texts(Object value) {
        List<String> texts = new ArrayList<>();
        if (value instanceof List<?> list) {
            list.forEach(item -> texts.add(text(item)));
        }
        return texts;
    }

    private static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
