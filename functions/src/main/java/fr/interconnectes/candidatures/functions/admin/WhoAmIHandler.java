package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;

/**
 * {@code GET /admin/me}, behind the Cognito JWT authorizer: the signed-in organiser or juror as the token's
 * claims describe them, {@code {"sub", "email", "roles": [...], "region"}}; {@code email} and {@code region}
 * are left out when the token carries none, as every null of the API. The claims are all it reads, so it
 * builds no adapter.
 */
public final class WhoAmIHandler extends AdminFunction {

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, AdminJson.caller(caller));
    }
}
