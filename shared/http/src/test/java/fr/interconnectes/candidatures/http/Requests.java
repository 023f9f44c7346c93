package fr.interconnectes.candidatures.http;

import java.util.Map;

/** Requests as API Gateway hands them to the handlers, for the tests of the readers. */
public final class Requests {

    private Requests() {
    }

    /** A JSON body, declared as such. */
    public static ApiRequest json(String body) {
        return withBody("application/json; charset=utf-8", body);
    }

    public static ApiRequest withBody(String contentType, String body) {
        return new ApiRequest("PUT", "/admin/test", Map.of(), Map.of(), Map.of("Content-Type", contentType), body, "test");
    }

    /** A request without a body and these query parameters. */
    public static ApiRequest query(Map<String, String> parameters) {
        return query(parameters, "fr-FR,fr;q=0.9");
    }

    public static ApiRequest query(Map<String, String> parameters, String acceptLanguage) {
        return new ApiRequest("GET", "/admin/test", Map.of(), parameters, Map.of("Accept-Language", acceptLanguage),
                null, "test");
    }
}
