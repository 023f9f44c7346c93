package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.functions.admin.AssignJurorsHandler;
import fr.interconnectes.candidatures.functions.admin.DeclareConflictHandler;
import fr.interconnectes.candidatures.functions.admin.GetScoresHandler;
import fr.interconnectes.candidatures.functions.admin.ListMyAssignmentsHandler;
import fr.interconnectes.candidatures.functions.admin.PutMyScoresHandler;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Calls the /admin/ handlers as API Gateway would once its JWT authorizer has let a request through: each
 * handler built from its function's template environment, each event carrying the verified claims in
 * {@code requestContext.authorizer.jwt.claims} (groups flattened to {@code "[jurors]"}, as HTTP APIs do).
 */
final class AdminCalls {

    /** Who calls: the claims a Cognito ID token of theirs would carry. */
    record Caller(String sub, String email, String groups, String region) {

        static Caller organiser() {
            String sub = UUID.randomUUID().toString();
            return new Caller(sub, "organisatrice-" + sub.substring(0, 8) + "@interconnectes.fr", "[organisers]", null);
        }

        static Caller regionalOrganiser(String region) {
            String sub = UUID.randomUUID().toString();
            return new Caller(sub, "region-" + sub.substring(0, 8) + "@interconnectes.fr", "[regional-organisers]", region);
        }

        static Caller juror() {
            String sub = UUID.randomUUID().toString();
            return new Caller(sub, "jure-" + sub.substring(0, 8) + "@exemple.fr", "[jurors]", null);
        }

        Map<String, String> claims() {
            Map<String, String> claims = new LinkedHashMap<>();
            if (sub != null) {
                claims.put("sub", sub);
                claims.put("cognito:username", sub);
            }
            claims.put("iss", "https://cognito-idp.eu-west-3.amazonaws.com/local");
            claims.put("aud", "local");
            claims.put("token_use", "id");
            if (email != null) {
                claims.put("email", email);
            }
            if (groups != null) {
                claims.put("cognito:groups", groups);
            }
            if (region != null) {
                claims.put("custom:region", region);
            }
            return claims;
        }
    }

    private final TestEmulators backend;
    private final Map<String, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers =
            new ConcurrentHashMap<>();

    AdminCalls(TestEmulators backend) {
        this.backend = backend;
    }

    Api.Response assignJurors(Caller caller, String candidacyId, Object body, String... headers) {
        return call("AssignJurorsFunction", AssignJurorsHandler::new, caller, Map.of("candidacyId", candidacyId),
                Map.of(), body, headers);
    }

    Api.Response assignments(Caller caller, String campaignId, String... headers) {
        return call("ListMyAssignmentsFunction", ListMyAssignmentsHandler::new, caller, Map.of(),
                campaignId == null ? Map.of() : Map.of("campaignId", campaignId), null, headers);
    }

    Api.Response declareConflict(Caller caller, String candidacyId, Object body, String... headers) {
        return call("DeclareConflictFunction", DeclareConflictHandler::new, caller,
                Map.of("candidacyId", candidacyId), Map.of(), body, headers);
    }

    Api.Response putScores(Caller caller, String candidacyId, Object body, String... headers) {
        return call("PutMyScoresFunction", PutMyScoresHandler::new, caller, Map.of("candidacyId", candidacyId),
                Map.of(), body, headers);
    }

    Api.Response scores(Caller caller, String candidacyId, String... headers) {
        return call("GetScoresFunction", GetScoresHandler::new, caller, Map.of("candidacyId", candidacyId),
                Map.of(), null, headers);
    }

    /** The template's route of a function (its only HttpApi event). */
    HttpRoute route(String functionId) {
        return backend.backend().deployment().routes().stream()
                .filter(r -> r.function().logicalId().equals(functionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no HttpApi route for " + functionId + " in template.yaml"));
    }

    private Api.Response call(String functionId,
                              Supplier<? extends RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> constructor,
                              Caller caller, Map<String, String> pathParameters, Map<String, String> query,
                              Object body, String... headers) {
        Map<String, String> environment = backend.backend().deployment().functions().get(functionId).environment();
        var handler = handlers.computeIfAbsent(functionId, id -> Environment.runWith(environment, constructor::get));
        HttpRoute route = route(functionId);
        String path = route.path();
        for (var parameter : pathParameters.entrySet()) {
            path = path.replace("{" + parameter.getKey() + "}", parameter.getValue());
        }
        Map<String, String> requestHeaders = new LinkedHashMap<>();
        requestHeaders.put("authorization", "Bearer header.payload.signature");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            requestHeaders.put(headers[i].toLowerCase(Locale.ROOT), headers[i + 1]);
        }
        String text = null;
        if (body != null) {
            try {
                text = body instanceof String s ? s : Api.JSON.writeValueAsString(body);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
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
                        .withAuthorizer(APIGatewayV2HTTPEvent.RequestContext.Authorizer.builder()
                                .withJwt(APIGatewayV2HTTPEvent.RequestContext.Authorizer.JWT.builder()
                                        .withClaims(caller.claims()).build())
                                .build())
                        .build())
                .build();
        APIGatewayV2HTTPResponse response = Environment.runWith(environment, () -> handler.handleRequest(event, null));
        Map<String, String> responseHeaders = new LinkedHashMap<>();
        response.getHeaders().forEach((name, value) -> responseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        return new Api.Response(response.getStatusCode(), responseHeaders, response.getBody());
    }

    /** A dossier of the open demo campaign, complete (one PDF) and submitted through the API. */
    static Applicants.Dossier submittedDossier(Api api, String campaignId, String tag) {
        var dossier = Applicants.create(api, campaignId, Applicants.labelForm(Applicants.uniqueEmail(tag)));
        Api.Response attached = Applicants.attach(api, dossier, "Dossier.pdf", "application/pdf", Applicants.pdf());
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null,
                "Authorization", dossier.auth());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return dossier;
    }
}
