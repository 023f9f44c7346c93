package fr.interconnectes.candidatures.http;

import java.util.LinkedHashMap;
import java.util.Map;

/** An HTTP response: status, headers and a JSON (or other text) body. */
public record ApiResponse(int status, Map<String, String> headers, String body) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public static ApiResponse json(int status, Object payload) {
        return json(status, payload, Map.of());
    }

    public static ApiResponse json(int status, Object payload, Map<String, String> extraHeaders) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json; charset=utf-8");
        headers.put("Cache-Control", "no-store");
        headers.putAll(extraHeaders);
        return new ApiResponse(status, headers, payload == null ? "" : body(payload));
    }

    /** The plain maps and lists of the response mappers stream out without an ObjectMapper; anything else uses it. */
    private static String body(Object payload) {
        return StreamingJson.writeIfPlain(payload).orElseGet(() -> Json.write(payload));
    }

    public ApiResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new ApiResponse(status, copy, body);
    }
}
