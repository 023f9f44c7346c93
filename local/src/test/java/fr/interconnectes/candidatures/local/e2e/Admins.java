package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.functions.admin.ClearDecisionHandler;
import fr.interconnectes.candidatures.functions.admin.ReadAuditLogHandler;
import fr.interconnectes.candidatures.functions.admin.RecordDecisionHandler;
import fr.interconnectes.candidatures.functions.admin.ReviewDecisionsHandler;
import fr.interconnectes.candidatures.functions.admin.SendDecisionsHandler;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Calls the /admin handlers as API Gateway would once its JWT authorizer let a request through: each handler is
 * the class the template routes to, made by its no-arg constructor with the function's template environment,
 * and the event carries the verified claims in {@code requestContext.authorizer.jwt.claims}.
 */
final class Admins {

    /** A national organiser (Cognito group organisers). */
    static final Map<String, String> ORGANISER = Map.of("sub", "3f1c2b9e-organiser-national",
            "email", "organisation@interconnectes.fr", "cognito:groups", "[organisers]");
    /** A regional organiser of Auvergne-Rhône-Alpes. */
    static final Map<String, String> ARA_ORGANISER = Map.of("sub", "7a4d0c2e-organiser-ara",
            "email", "region@auvergnerhonealpes.fr", "cognito:groups", "[regional-organisers]", "custom:region", "ARA");
    /** A regional organiser of Brittany: not theirs. */
    static final Map<String, String> BRE_ORGANISER = Map.of("sub", "9e8b7a6c-organiser-bre",
            "email", "region@bretagne.bzh", "cognito:groups", "[regional-organisers]", "custom:region", "BRE");
    static final Map<String, String> JUROR = Map.of("sub", "1b2c3d4e-juror",
            "email", "jure@exemple.fr", "cognito:groups", "[jurors]");

    private static final Map<String, Supplier<? extends RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>>>
            HANDLERS = Map.of(
            "PUT /admin/candidacies/{candidacyId}/decision", RecordDecisionHandler::new,
            "DELETE /admin/candidacies/{candidacyId}/decision", ClearDecisionHandler::new,
            "GET /admin/campaigns/{campaignId}/decisions", ReviewDecisionsHandler::new,
            "POST /admin/campaigns/{campaignId}/decisions/send", SendDecisionsHandler::new,
            "GET /admin/campaigns/{campaignId}/audit", ReadAuditLogHandler::new);

    private record Deployed(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
                            Map<String, String> environment) {
    }

    private final TestEmulators backend;
    private final Map<String, Deployed> deployed = new ConcurrentHashMap<>();

    Admins(TestEmulators backend) {
        this.backend = backend;
    }

    Api.Response recordDecision(Map<String, String> claims, String candidacyId, String outcome, String message) {
        ObjectNode body = Api.JSON.createObjectNode();
        if (outcome != null) {
            body.put("outcome", outcome);
        }
        if (message != null) {
            body.put("message", message);
        }
        return call(claims, "PUT", "/admin/candidacies/{candidacyId}/decision", Map.of("candidacyId", candidacyId),
                Map.of(), body);
    }

    Api.Response clearDecision(Map<String, String> claims, String candidacyId) {
        return call(claims, "DELETE", "/admin/candidacies/{candidacyId}/decision", Map.of("candidacyId", candidacyId),
                Map.of(), null);
    }

    Api.Response review(Map<String, String> claims, String campaignId) {
        return call(claims, "GET", "/admin/campaigns/{campaignId}/decisions", Map.of("campaignId", campaignId),
                Map.of(), null);
    }

    Api.Response send(Map<String, String> claims, String campaignId, String nationalCampaignId, String nationalForum) {
        ObjectNode body = Api.JSON.createObjectNode();
        if (nationalCampaignId != null) {
            body.put("nationalCampaignId", nationalCampaignId);
        }
        if (nationalForum != null) {
            body.put("nationalForum", nationalForum);
        }
        return call(claims, "POST", "/admin/campaigns/{campaignId}/decisions/send", Map.of("campaignId", campaignId),
                Map.of(), body);
    }

    Api.Response audit(Map<String, String> claims, String campaignId, Map<String, String> query) {
        return call(claims, "GET", "/admin/campaigns/{campaignId}/audit", Map.of("campaignId", campaignId), query, null);
    }

    /** One request through the deployed handler of {@code method path}; safe from several threads. */
    Api.Response call(Map<String, String> claims, String method, String routePath, Map<String, String> pathParameters,
                      Map<String, String> query, Object body) {
        String routeKey = method + " " + routePath;
        Deployed function = deployed.computeIfAbsent(routeKey, this::deploy);
        String path = routePath;
        for (var parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("authorization", "Bearer verified-by-api-gateway");
        String text = null;
        if (body != null) {
            headers.put("content-type", "application/json");
            try {
                text = body instanceof String s ? s : Api.JSON.writeValueAsString(body);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey(routeKey)
                .withRawPath(path)
                .withHeaders(headers)
                .withPathParameters(pathParameters)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withBody(text)
                .withIsBase64Encoded(false)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withRequestId(UUID.randomUUID().toString())
                        .withRouteKey(routeKey)
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(path).build())
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(claims)
                                        .build())
                                .build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = Environment.runWith(function.environment(),
                () -> function.handler().handleRequest(event, null));
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            response.getHeaders().forEach((name, value) -> responseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        }
        return new Api.Response(response.getStatusCode(), responseHeaders, response.getBody());
    }

    private Deployed deploy(String routeKey) {
        HttpRoute route = backend.backend().deployment().routes().stream()
                .filter(r -> r.routeKey().equals(routeKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no route " + routeKey + " in template.yaml"));
        assertThat(route.requiresJwt()).as("%s is guarded by the JWT authorizer", routeKey).isTrue();
        Map<String, String> environment = route.function().environment();
        var handler = Environment.runWith(environment, HANDLERS.get(routeKey));
        assertThat(handler.getClass().getName()).as("handler of %s", routeKey).isEqualTo(route.function().handlerClass());
        return new Deployed(handler, environment);
    }
}
