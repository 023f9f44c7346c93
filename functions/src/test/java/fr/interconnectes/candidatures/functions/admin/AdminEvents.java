package fr.interconnectes.candidatures.functions.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.HashMap;
import java.util.Map;

/**
 * A sample /admin/ event signed in as someone else: the claims API Gateway's JWT authorizer would pass
 * ({@code sub}, {@code cognito:groups} as {@code [a b]}, {@code custom:region}) changed in place.
 */
final class AdminEvents {

    private AdminEvents() {
    }

    /** The event's claims, to change. */
    static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var jwt = event.getRequestContext().getAuthorizer().getJwt();
        jwt.setClaims(new HashMap<>(jwt.getClaims()));
        return jwt.getClaims();
    }

    /** A juror, in no organisers' group. */
    static APIGatewayV2HTTPEvent asJuror(APIGatewayV2HTTPEvent event, String sub) {
        Map<String, String> claims = claims(event);
        claims.put("sub", sub);
        claims.put("cognito:groups", "[jurors]");
        claims.remove("custom:region");
        return event;
    }

    /** The same user (same {@code sub}, same region claim), now in the jurors' group only. */
    static APIGatewayV2HTTPEvent asJurorOnly(APIGatewayV2HTTPEvent event) {
        claims(event).put("cognito:groups", "[jurors]");
        return event;
    }

    /** A regional organiser of {@code region} (an ISO 3166-2 code such as IDF). */
    static APIGatewayV2HTTPEvent asRegionalOrganiser(APIGatewayV2HTTPEvent event, String region) {
        Map<String, String> claims = claims(event);
        claims.put("cognito:groups", "[regional-organisers]");
        claims.put("custom:region", region);
        return event;
    }

    /** As on a route deployed without the JWT authorizer: no claims at all. */
    static APIGatewayV2HTTPEvent signedOut(APIGatewayV2HTTPEvent event) {
        event.getRequestContext().setAuthorizer(null);
        return event;
    }
}
