package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Claims;

/**
 * {@code GET /admin/me}, behind the Cognito JWT authorizer: the signed-in organiser or juror as the token's
 * claims describe them, {@code {"sub", "email", "roles": [...], "region"}}; {@code email} and {@code region}
 * are left out when the token carries none, as every null of the API.
 */
public final class WhoAmIHandler extends HttpFunction {

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApiResponse.json(200, AdminJson.caller(Claims.requirePrincipal(request.claims())));
    }
}
