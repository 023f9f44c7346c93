package fr.interconnectes.candidatures.functions.admin;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashMap;
import java.util.Map;

/** Who calls in an /admin/ sample event: its JWT claims, changed as another user's token would have them. */
final class SampleCallers {

    private SampleCallers() {
    }

    /** The event's claims, to change in place ({@code sub}, {@code cognito:groups}, {@code custom:region}...). */
    static Map<String, String> claims(APIGatewayV2HTTPEvent event) {
        var jwt = event.getRequestContext().getAuthorizer().getJwt();
        Map<String, String> claims = new LinkedHashMap<>(jwt.getClaims());
        jwt.setClaims(claims);
        return claims;
    }

    /** The same user, now a regional organiser of {@code region} only. */
    static void signInAsRegionalOrganiser(APIGatewayV2HTTPEvent event, String region) {
        Map<String, String> claims = claims(event);
        claims.put("cognito:groups", "[regional-organisers]");
        claims.put("custom:region", region);
    }

    /** The same user, now a juror only. */
    static void signInAsJuror(APIGatewayV2HTTPEvent event) {
        claims(event).put("cognito:groups", "[jurors]");
    }
}
