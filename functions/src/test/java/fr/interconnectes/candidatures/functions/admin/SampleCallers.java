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
}
