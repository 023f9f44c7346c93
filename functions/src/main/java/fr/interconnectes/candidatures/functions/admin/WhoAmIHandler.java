package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Claims;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code GET /admin/me}, behind the Cognito JWT authorizer: the signed-in organiser or juror as the token's
 * claims describe them, {@code {"sub", "email", "roles": [...], "region"}}; {@code email} and {@code region}
 * are left out when the token carries none, as every null of the API.
 */
public final class WhoAmIHandler extends HttpFunction {

    @Override
    protected ApiResponse handle(ApiRequest request) {
        Principal principal = Claims.requirePrincipal(request.claims());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sub", principal.sub());
        body.put("email", principal.email());
        body.put("roles", principal.roles().stream().map(Role::code).toList());
        body.put("region", principal.region());
        return ApiResponse.json(200, body);
    }
}
