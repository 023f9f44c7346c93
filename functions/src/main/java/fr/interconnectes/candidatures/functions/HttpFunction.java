package fr.interconnectes.candidatures.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.ErrorResponses;
import fr.interconnectes.candidatures.http.PathIds;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

/**
 * What every HTTP handler shares: turn the API Gateway HTTP API (payload 2.0) event into an
 * {@link ApiRequest}, call {@link #handle(ApiRequest)}, and map any exception through
 * {@link ErrorResponses}, the one place that does so.
 */
public abstract class HttpFunction implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> {

    private static final JsonLogger LOG = JsonLogger.of(HttpFunction.class);

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        ApiRequest request = toRequest(event);
        long started = System.nanoTime();
        ApiResponse response;
        try {
            PathIds.requireValid(request);
            response = handle(request);
        } catch (RuntimeException e) {
            response = ErrorResponses.from(e, request.language(), request.requestId());
        }
        LOG.info("request handled",
                "function", getClass().getSimpleName(),
                "method", request.method(),
                "route", event.getRouteKey(),
                "status", response.status(),
                "requestId", request.requestId(),
                "millis", (System.nanoTime() - started) / 1_000_000);
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(response.status())
                .withHeaders(response.headers())
                .withBody(response.body())
                .withIsBase64Encoded(false)
                .build();
    }

    protected abstract ApiResponse handle(ApiRequest request);

    static ApiRequest toRequest(APIGatewayV2HTTPEvent event) {
        String body = event.getBody();
        if (body != null && event.getIsBase64Encoded()) {
            body = new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        }
        var http = event.getRequestContext() == null ? null : event.getRequestContext().getHttp();
        String requestId = event.getRequestContext() == null ? null : event.getRequestContext().getRequestId();
        return new ApiRequest(
                http == null ? null : http.getMethod(),
                http == null ? event.getRawPath() : http.getPath(),
                event.getPathParameters(),
                event.getQueryStringParameters(),
                event.getHeaders(),
                body,
                requestId,
                jwtClaims(event),
                receivedAt(event));
    }

    /** API Gateway's receipt time ({@code requestContext.timeEpoch}, milliseconds), null when the event has none. */
    private static Instant receivedAt(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        return context == null || context.getTimeEpoch() <= 0 ? null : Instant.ofEpochMilli(context.getTimeEpoch());
    }

    /** The claims of the token API Gateway's JWT authorizer verified; none on a public route. */
    private static Map<String, String> jwtClaims(APIGatewayV2HTTPEvent event) {
        var context = event.getRequestContext();
        if (context == null || context.getAuthorizer() == null || context.getAuthorizer().getJwt() == null) {
            return Map.of();
        }
        Map<String, String> claims = context.getAuthorizer().getJwt().getClaims();
        return claims == null ? Map.of() : claims;
    }
}
