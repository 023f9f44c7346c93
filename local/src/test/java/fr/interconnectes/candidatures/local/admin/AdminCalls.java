package fr.interconnectes.candidatures.local.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls an {@code /admin/} function the way API Gateway does once its JWT authorizer has accepted the
 * token: the function of the template route, with the verified claims in the request context.
 */
final class AdminCalls {

    static final ObjectMapper JSON = new ObjectMapper();

    static final Map<String, String> ORGANISER = claims("org-national", "national@interconnectes.fr", "[organisers]", null);
    static final Map<String, String> ARA_ORGANISER = claims("org-ara", "ara@interconnectes.fr", "[regional-organisers]", "ARA");
    static final Map<String, String> IDF_ORGANISER = claims("org-idf", "idf@interconnectes.fr", "[regional-organisers]", "IDF");
    static final Map<String, String> JUROR = claims("juror-1", "juror1@interconnectes.fr", "[jurors]", null);

    private AdminCalls() {
    }

    static Map<String, String> claims(String sub, String email, String groups, String region) {
        Map<String, String> claims = new HashMap<>(Map.of("sub", sub, "email", email, "cognito:groups", groups,
                "token_use", "access"));
        if (region != null) {
            claims.put("custom:region", region);
        }
        return Map.copyOf(claims);
    }

    record Result(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(body, e);
            }
        }

        String errorCode() {
            return json().at("/error/code").asText(null);
        }
    }

    static Result call(Map<String, String> claims, String method, String path, Object body) {
        return call(claims, method, path, Map.of(), body);
    }

    static Result call(Map<String, String> claims, String method, String path, Map<String, String> query, Object body) {
        TestEmulators backend = TestEmulators.get();
        for (HttpRoute route : backend.backend().deployment().routes()) {
            var parameters = route.match(method, path);
            if (parameters.isEmpty()) {
                continue;
            }
            try {
                APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                        .withRouteKey(route.routeKey())
                        .withRawPath(path)
                        .withHeaders(Map.of("content-type", "application/json", "accept-language", "fr"))
                        .withPathParameters(parameters.get())
                        .withQueryStringParameters(query.isEmpty() ? null : query)
                        .withBody(body == null ? null : body instanceof String s ? s : JSON.writeValueAsString(body))
                        .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                                .withRouteKey(route.routeKey())
                                .withAuthorizer(claims == null ? null : APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                        .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                                .withClaims(claims).build())
                                        .build())
                                .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                        .withMethod(method).withPath(path).build())
                                .build())
                        .build();
                var response = (APIGatewayV2HTTPResponse) route.function().invoke(event);
                return new Result(response.getStatusCode(), response.getHeaders(), response.getBody());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new AssertionError("no route for " + method + " " + path + " in template.yaml");
    }
}
