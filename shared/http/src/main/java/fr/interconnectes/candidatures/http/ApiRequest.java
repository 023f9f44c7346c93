package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.applications.ReceivedAt;
import fr.interconnectes.candidatures.domain.Language;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as the API sees it, independent of Lambda: header names are case-insensitive, the body
 * is already decoded from base64 when API Gateway encoded it. {@code claims} are those of the JWT that API
 * Gateway's authorizer verified (empty on a public route), all strings as API Gateway passes them; read
 * them with {@link Claims}. {@code gatewayReceivedAt} is API Gateway's receipt time, null when unknown.
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> pathParameters,
        Map<String, String> queryParameters,
        Map<String, String> headers,
        String body,
        String requestId,
        Map<String, String> claims,
        Instant gatewayReceivedAt) {

    public ApiRequest {
        pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
        queryParameters = queryParameters == null ? Map.of() : Map.copyOf(queryParameters);
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseInsensitive.putAll(headers);
        }
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
        claims = claims == null ? Map.of() : Map.copyOf(withoutNullValues(claims));
    }

    /** A request whose receipt time is not known (not stamped by API Gateway). */
    public ApiRequest(String method, String path, Map<String, String> pathParameters,
                      Map<String, String> queryParameters, Map<String, String> headers, String body,
                      String requestId, Map<String, String> claims) {
        this(method, path, pathParameters, queryParameters, headers, body, requestId, claims, null);
    }

    /** A request without JWT claims (a public route). */
    public ApiRequest(String method, String path, Map<String, String> pathParameters,
                      Map<String, String> queryParameters, Map<String, String> headers, String body,
                      String requestId) {
        this(method, path, pathParameters, queryParameters, headers, body, requestId, Map.of(), null);
    }

    /** When API Gateway received the request ({@code requestContext.timeEpoch}), which decides deadlines. */
    public ReceivedAt received() {
        return ReceivedAt.at(gatewayReceivedAt);
    }

    private static Map<String, String> withoutNullValues(Map<String, String> claims) {
        Map<String, String> copy = new java.util.LinkedHashMap<>();
        claims.forEach((name, value) -> {
            if (name != null && value != null) {
                copy.put(name, value);
            }
        });
        return copy;
    }

    public Optional<String> claim(String name) {
        return Optional.ofNullable(claims.get(name));
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
    }

    /** The dossier the route's path names ({@code {candidacyId}}); empty when it names none. */
    public String candidacyId() {
        return pathParameter("candidacyId").orElse("");
    }

    /** The campaign the route's path names ({@code {campaignId}}); empty when it names none. */
    public String campaignId() {
        return pathParameter("campaignId").orElse("");
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(queryParameters.get(name));
    }

    public Language language() {
        return Language.fromAcceptLanguage(headers.get("accept-language"));
    }

    public String methodUpper() {
        return method == null ? "" : method.toUpperCase(Locale.ROOT);
    }
}
