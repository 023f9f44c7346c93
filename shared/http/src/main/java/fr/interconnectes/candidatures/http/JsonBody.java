package fr.interconnectes.candidatures.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads a small JSON object body: capped in size, an object, no field but the expected ones. */
public final class JsonBody {

    public static final int SMALL_BODY_BYTES = 4 * 1024;

    private JsonBody() {
    }

    public static JsonNode object(String body, Set<String> allowedFields) {
        return object(body, allowedFields, SMALL_BODY_BYTES);
    }

    /** The same with another cap, for a body carrying a longer text (e.g. a 2000-character note). */
    public static JsonNode object(String body, Set<String> allowedFields, int maxBytes) {
        JsonNode node = anyObject(body, maxBytes);
        FieldFaults.throwIfAny(unknownFields(node, allowedFields, ""));
        return node;
    }

    /** A JSON object of at most {@code maxBytes}, whatever its fields. */
    public static JsonNode anyObject(String body, int maxBytes) {
        if (body == null || body.isBlank()) {
            throw new DomainException(HttpErrorCode.MALFORMED_JSON);
        }
        if (body.getBytes(StandardCharsets.UTF_8).length > maxBytes) {
            throw new DomainException(HttpErrorCode.BODY_TOO_LARGE, maxBytes);
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new DomainException(HttpErrorCode.MALFORMED_JSON);
        }
        if (node == null || !node.isObject()) {
            throw new DomainException(HttpErrorCode.MALFORMED_JSON);
        }
        return node;
    }

    /** The fields of {@code node}, if it is an object, that are not allowed; their path starts with {@code prefix}. */
    public static List<FieldError> unknownFields(JsonNode node, Set<String> allowedFields, String prefix) {
        List<FieldError> unknown = new ArrayList<>();
        if (node == null || !node.isObject()) {
            return unknown;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                unknown.add(new FieldError(prefix + (name.length() > 64 ? name.substring(0, 64) : name), "unknown_field",
                        new LocalizedText("Champ inconnu.", "Unknown field.")));
            }
        }
        return unknown;
    }

    /** A body, when there is one, must be declared JSON; no declared type counts as JSON. */
    public static void requireJson(ApiRequest request) {
        if (!isJson(request.header("Content-Type").orElse("application/json"))) {
            throw new DomainException(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE);
        }
    }

    /**
     * {@code application/json} or a {@code +json} type such as {@code application/merge-patch+json}, with optional
     * parameters ({@code ; charset=utf-8}): the media type compared whole, so {@code application/jsonx} is not JSON.
     */
    public static boolean isJson(String contentType) {
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters))
                .strip().toLowerCase(Locale.ROOT);
        return mediaType.equals("application/json")
                || (mediaType.startsWith("application/") && mediaType.endsWith("+json")
                && mediaType.indexOf('/') == mediaType.lastIndexOf('/') && mediaType.length() > "application/+json".length());
    }

    public static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw wrongType(field, new LocalizedText("une chaîne de caractères", "a string"));
        }
        return value.asText();
    }

    public static Long integer(JsonNode object, String field) {
        JsonNode value = object.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw wrongType(field, new LocalizedText("un nombre entier", "an integer"));
        }
        return value.asLong();
    }

    private static DomainException wrongType(String field, LocalizedText expected) {
        return new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError(field, "wrong_type",
                new LocalizedText("Doit être " + expected.fr() + ".", "Must be " + expected.en() + "."))));
    }
}
