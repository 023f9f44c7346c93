package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Claims;
import java.util.Map;

/**
 * An {@code /admin/} route: API Gateway's JWT authorizer has verified the token; the handler reads who
 * is calling from the claims and the use case decides what they may do.
 */
public abstract class AdminFunction extends HttpFunction {

    /**
     * The caller priming signs in as: a national organiser, so that the use case's first read runs (on ids that name
     * nothing; any write is refused while priming anyway).
     */
    static final Map<String, String> PRIMING_CLAIMS = Map.of(
            "sub", PRIMING_ID, "cognito:groups", "[organisers]", "email", "priming@example.org", "token_use", "id");

    @Override
    protected final ApiResponse handle(ApiRequest request) {
        return handle(request, Claims.requirePrincipal(request.claims()));
    }

    protected abstract ApiResponse handle(ApiRequest request, Principal caller);

    @Override
    protected Map<String, String> primingClaims() {
        return PRIMING_CLAIMS;
    }
}
