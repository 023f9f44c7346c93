package fr.interconnectes.candidatures.local.runtime;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An HttpApi event of template.yaml: method, path template ({@code /candidacies/{id}}, greedy
 * {@code {proxy+}}), the function it invokes and the authorizer that guards it.
 *
 * @param authorizer          name of the HttpApi authorizer (the event's {@code Auth.Authorizer}, else the
 *                            API's {@code DefaultAuthorizer}); {@code null} for a public route
 * @param authorizationScopes the scopes the token needs one of (the route's, else its authorizer's)
 */
public record HttpRoute(String method, String path, LocalFunction function, String authorizer,
                        List<String> authorizationScopes) {

    public HttpRoute {
        authorizationScopes = authorizationScopes == null ? List.of() : List.copyOf(authorizationScopes);
    }

    public boolean requiresJwt() {
        return authorizer != null;
    }

    public String routeKey() {
        return method + " " + path;
    }

    /**
     * The path parameters if {@code rawPath} matches this route, else empty. {@code rawPath} is the path as
     * received, still percent-encoded: each segment is decoded exactly once, as a path (a '+' stays a plus).
     */
    public Optional<Map<String, String>> match(String requestMethod, String rawPath) {
        if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        String[] template = split(path);
        String[] actual = split(rawPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String segment = template[i];
            if (isGreedy(segment)) {
                if (i >= actual.length) {
                    return Optional.empty();
                }
                List<String> rest = new ArrayList<>();
                for (int j = i; j < actual.length; j++) {
                    rest.add(decodePath(actual[j]));
                }
                parameters.put(segment.substring(1, segment.length() - 2), String.join("/", rest));
                return Optional.of(parameters);
            }
            if (i >= actual.length) {
                return Optional.empty();
            }
            String value = decodePath(actual[i]);
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (value.isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1), value);
            } else if (!segment.equals(value)) {
                return Optional.empty();
            }
        }
        return template.length == actual.length ? Optional.of(parameters) : Optional.empty();
    }

    /**
     * Higher is more specific. As API Gateway: a route without greedy variable before any route with one,
     * then literal segments before parameters, leftmost first, then a method before ANY.
     */
    public int specificity() {
        int score = 0;
        boolean greedy = false;
        for (String segment : split(path)) {
            greedy |= isGreedy(segment);
            score = score * 3 + (isGreedy(segment) ? 0 : segment.startsWith("{") ? 1 : 2);
        }
        // paths have far fewer than 18 segments: the score stays below 2^29
        return (greedy ? 0 : 1 << 30) + score * 2 + (method.equals("ANY") ? 0 : 1);
    }

    private static boolean isGreedy(String segment) {
        return segment.startsWith("{") && segment.endsWith("+}");
    }

    /**
     * Percent-decodes a URL path (UTF-8). Unlike {@link java.net.URLDecoder}, which decodes forms, a '+' stays
     * a plus; a '%' not followed by two hex digits is kept as it is.
     */
    public static String decodePath(String raw) {
        if (raw.indexOf('%') < 0) {
            return raw;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            int high = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 1), 16) : -1;
            int low = i + 2 < raw.length() ? Character.digit(raw.charAt(i + 2), 16) : -1;
            if (c == '%' && high >= 0 && low >= 0) {
                bytes.write(high * 16 + low);
                i += 2;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < raw.length()) {
                    encoded = raw.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.writeBytes(encoded);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static String[] split(String path) {
        String trimmed = path.startsWith("/") ? path.substring(1) : path;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/", -1);
    }

    static String normaliseMethod(String method) {
        String upper = method.toUpperCase(Locale.ROOT);
        return upper.equals("X-AMAZON-APIGATEWAY-ANY-METHOD") ? "ANY" : upper;
    }
}
