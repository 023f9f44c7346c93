package fr.interconnectes.candidatures.functions;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reading what a handler answered, for the handler tests. */
public final class HandlerResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HandlerResponses() {
    }

    public static JsonNode body(APIGatewayV2HTTPResponse response) {
        try {
            return JSON.readTree(response.getBody());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The stable error code of an error answer. */
    public static String errorCode(APIGatewayV2HTTPResponse response) {
        return body(response).at("/error/code").asText();
    }

    /** Each faulty field of a {@code validation_failed} answer as {@code "path code"}, in the order reported. */
    public static List<String> faultyFields(APIGatewayV2HTTPResponse response) {
        List<String> fields = new ArrayList<>();
        body(response).at("/error/fields").forEach(f -> fields.add(f.get("field").asText() + " " + f.get("code").asText()));
        return fields;
    }
}
