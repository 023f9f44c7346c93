package fr.interconnectes.candidatures.local.runtime;

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

    /** The path parameters if {@code requestPath} matches this route, else empty. */
    public Optional<Map<String, String>> match(String requestMethod, String requestPath) {
        if (!method.equals("ANY") && !method.equalsIgnoreCase(requestMethod)) {
            return Optional.empty();
        }
        String[] template = split(path);
        String[] actual = split(requestPath);
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.length; i++) {
            String segment = template[i];
            if (segment.startsWith("{") && segment.endsWith("+}")) {
                if (i >= actual.length) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 2),
                        String.join("/", java.util.Arrays.copyOfRange(actual, i, actual.length)));
                return Optional.of(parameters);
            }
            if (i >= actual.length) {
                return Optional.empty();
            }
            if (segment.startsWith("{") && segment.endsWith("}")) {
                if (actual[i].isEmpty()) {
                    return Optional.empty();
                }
                parameters.put(segment.substring(1, segment.length() - 1),
                        java.net.URLDecoder.decode(actual[i], java.nio.charset.StandardCharsets.UTF_8));
            } else if (!segment.equals(actual[i])) {
                return Optional.empty();
            }
        }
        return template.length == actual.length ? Optional.of(parameters) : Optional.empty();
    }

    /** Literal segments first, as API Gateway prefers the most specific route. */
    public int specificity() {
        int score = 0;
        for (String segment : split(path)) {
            score = score * 3 + (segment.endsWith("+}") ? 0 : segment.startsWith("{") ? 1 : 2);
        }
        return score * 2 + (method.equals("ANY") ? 0 : 1);
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
