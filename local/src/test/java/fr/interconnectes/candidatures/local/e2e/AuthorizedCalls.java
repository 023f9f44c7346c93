package fr.interconnectes.candidatures.local.e2e;

import fr.interconnectes.candidatures.functions.Invocations;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import fr.interconnectes.candidatures.local.contract.OpenApiContract;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * One request to an {@code /admin/} function as API Gateway sends it once its JWT authorizer has let the
 * token through: the function of the template route, the verified claims in
 * {@code requestContext.authorizer.jwt.claims} (groups flattened to {@code "[jurors]"}, as HTTP APIs do). The answer
 * is checked against the route's operation in {@code api/openapi.yaml}, as {@link Api} checks its own.
 */
public final class AuthorizedCalls {

    private AuthorizedCalls() {
    }

    /** @param headers extra request headers, as name/value pairs */
    public static Api.Response call(HttpRoute route, Map<String, String> claims, Map<String, String> pathParameters,
                                    Map<String, String> query, Object body, String... headers) {
        assertThat(route.requiresJwt()).as("%s is guarded by the JWT authorizer", route.routeKey()).isTrue();
        String path = route.path();
        for (var parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        requestHeaders.put("authorization", "Bearer verified-by-api-gateway");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            requestHeaders.put(headers[i].toLowerCase(Locale.ROOT), headers[i + 1]);
        }
        String text = null;
        if (body != null) {
            try {
                text = body instanceof String s ? s : Api.JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
            requestHeaders.putIfAbsent("content-type", "application/json");
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(route.routeKey())
                .withRawPath(path)
                .withHeaders(requestHeaders)
                .withPathParameters(pathParameters.isEmpty() ? null : pathParameters)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withBody(text)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRouteKey(route.routeKey())
                        .withRequestId(UUID.randomUUID().toString())
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(route.method()).withPath(path).build())
                        .withAuthorizer(claims == null ? null : APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims).build())
                                .build())
                        .build())
                .build();
        var response = Invocations.response(route.function().invoke(Invocations.json(event)));
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> responseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        }
        OpenApiContract.assertConforms(route.method(), path, response.getStatusCode(),
                responseHeaders.get("content-type"), response.getBody());
        return new Api.Response(response.getStatusCode(), responseHeaders, response.getBody());
    }
}
