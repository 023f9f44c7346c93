package fr.interconnectes.candidatures.http.gateway;

import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.StreamingJson;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The answer of a handler to API Gateway (payload format 2.0): {@code statusCode}, {@code headers}, {@code body},
 * {@code isBase64Encoded}. The API's own bodies are text (JSON, CSV, iCalendar), so {@link #write} never encodes.
 */
public record HttpApiResponse(int statusCode, Map<String, String> headers, String body, boolean isBase64Encoded) {

    public HttpApiResponse {
        headers = headers == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    }

    /** Writes {@code response} on the invocation's output (left open), member by member. */
    public static void write(ApiResponse response, OutputStream out) {
        try (JsonGenerator json = StreamingJson.factory().createGenerator(out)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartObject();
            json.writeNumberField("statusCode", response.status());
            json.writeObjectFieldStart("headers");
            for (Map.Entry<String, String> header : response.headers().entrySet()) {
                json.writeStringField(header.getKey(), header.getValue());
            }
            json.writeEndObject();
            if (response.body() != null) {
                json.writeStringField("body", response.body());
            }
            json.writeBooleanField("isBase64Encoded", false);
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads what a handler wrote (API Gateway's side: the local runner); a missing status is a 502 as on AWS. */
    public static HttpApiResponse read(InputStream in) {
        Map<String, Object> json = HttpApiEvent.object(StreamingJson.read(in));
        Map<String, String> headers = new LinkedHashMap<>();
        HttpApiEvent.object(json.get("headers")).forEach((name, value) -> headers.put(name, HttpApiEvent.text(value)));
        return new HttpApiResponse(json.get("statusCode") instanceof Number status ? status.intValue() : 502, headers,
                HttpApiEvent.text(json.get("body")), Boolean.TRUE.equals(json.get("isBase64Encoded")));
    }

    /** The body's bytes, decoded from base64 when the handler encoded them. */
    public byte[] bodyBytes() {
        if (body == null) {
            return new byte[0];
        }
        return isBase64Encoded ? Base64.getDecoder().decode(body) : body.getBytes(StandardCharsets.UTF_8);
    }
}
