package fr.interconnectes.candidatures.local.admin;

import fr.interconnectes.candidatures.local.e2e.Api;
import fr.interconnectes.candidatures.local.e2e.AuthorizedCalls;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.util.HashMap;
import java.util.Map;

/**
 * Calls an {@code /admin/} route by method and path, as a verified caller (see {@link AuthorizedCalls}).
 */
final class AdminCalls {

    static final Map<String, String> ORGANISER = claims("org-national", "national@interconnectes.fr", "[organisers]", null);
    static final Map<String, String> ARA_ORGANISER = claims("org-ara", "ara@interconnectes.fr", "[regional-organisers]", "ARA");
    static final Map<String, String> IDF_ORGANISER = claims("org-idf", "idf@interconnectes.fr", "[regional-organisers]", "IDF");
    static final Map<String, String> JUROR = claims("juror-1", "juror1@interconnectes.fr", "[jurors]", null);

    private AdminCalls() {
    }

    static Map<String, String> claims(String sub, String email, String groups, String region) {
        Map<String, String> claims = new HashMap<>(Map.of("sub", sub, "email", email, "cognito:groups", groups,
                "token_use", "access"));
        if (region != null) {
            claims.put("custom:region", region);
        }
        return Map.copyOf(claims);
    }

    static Api.Response call(Map<String, String> claims, String method, String path, Object body) {
        return call(claims, method, path, Map.of(), body);
    }

    /** The request through the function of the template route that {@code method path} matches. */
    static Api.Response call(Map<String, String> claims, String method, String path, Map<String, String> query,
                             Object body) {
        for (HttpRoute route : TestEmulators.get().backend().deployment().routes()) {
            var parameters = route.match(method, path);
            if (parameters.isPresent()) {
                return AuthorizedCalls.call(route, claims, parameters.get(), query, body);
            }
        }
        throw new AssertionError("no route for " + method + " " + path + " in template.yaml");
    }
}
