package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Claims;

/**
 * An {@code /admin/} route: API Gateway's JWT authorizer has verified the token; the handler reads who
 * is calling from the claims and the use case decides what they may do.
 */
public abstract class AdminFunction extends HttpFunction {

    @Override
    protected final ApiResponse handle(ApiRequest request) {
        return handle(request, Claims.requirePrincipal(request.claims()));
    }

    protected abstract ApiResponse handle(ApiRequest request, Principal caller);
}
