package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.Language;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as the API sees it, independent of Lambda: header names are case-insensitive, the body
 * is already decoded from base64 when API Gateway encoded it.
 */
public record ApiRequest(
        String method,
        String path,
        Map<String, String> pathParameters,
        Map<String, String> queryParameters,
        Map<String, String> headers,
        String body,
        String requestId,
        Map<String, String> claims) {

    public ApiRequest {
        pathParameters = pathParameters == null ? Map.of() : Map.copyOf(pathParameters);
        queryParameters = queryParameters == null ? Map.of() : Map.copyOf(queryParameters);
        claims = claims == null ? Map.of() : Map.copyOf(claims);
        TreeMap<String, String> caseInsensitive = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        if (headers != null) {
            caseInsensitive.putAll(headers);
        }
        headers = java.util.Collections.unmodifiableMap(caseInsensitive);
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name));
    }

    public Optional<String> pathParameter(String name) {
        return Optional.ofNullable(pathParameters.get(name));
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
