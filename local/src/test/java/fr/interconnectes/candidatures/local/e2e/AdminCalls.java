package fr.interconnectes.candidatures.local.e2e;

import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The jury routes, called as verified organisers and jurors (see {@link AuthorizedCalls}), each carrying the
 * claims a Cognito ID token of theirs would.
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

    AdminCalls(TestEmulators backend) {
        this.backend = backend;
    }

    Api.Response assignJurors(Caller caller, String candidacyId, Object body, String... headers) {
        return call("AssignJurorsFunction", caller, Map.of("candidacyId", candidacyId),
                Map.of(), body, headers);
    }

    Api.Response assignments(Caller caller, String campaignId, String... headers) {
        return call("ListMyAssignmentsFunction", caller, Map.of(),
                campaignId == null ? Map.of() : Map.of("campaignId", campaignId), null, headers);
    }

    Api.Response declareConflict(Caller caller, String candidacyId, Object body, String... headers) {
        return call("DeclareConflictFunction", caller,
                Map.of("candidacyId", candidacyId), Map.of(), body, headers);
    }

    Api.Response putScores(Caller caller, String candidacyId, Object body, String... headers) {
        return call("PutMyScoresFunction", caller, Map.of("candidacyId", candidacyId),
                Map.of(), body, headers);
    }

    Api.Response scores(Caller caller, String candidacyId, String... headers) {
        return call("GetScoresFunction", caller, Map.of("candidacyId", candidacyId),
                Map.of(), null, headers);
    }

    /** Any /admin/ function of the template, by its logical id. */
    Api.Response function(String functionId, Caller caller, Map<String, String> pathParameters,
                          Map<String, String> query, Object body, String... headers) {
        return call(functionId, caller, pathParameters, query, body, headers);
    }

    /** The template's route of a function (its only HttpApi event). */
    HttpRoute route(String functionId) {
        return backend.backend().deployment().routes().stream()
                .filter(r -> r.function().logicalId().equals(functionId))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no HttpApi route for " + functionId + " in template.yaml"));
    }

    private Api.Response call(String functionId, Caller caller, Map<String, String> pathParameters,
                              Map<String, String> query, Object body, String... headers) {
        return AuthorizedCalls.call(route(functionId), caller.claims(), pathParameters, query, body, headers);
    }

    /** A dossier of the open demo campaign, complete (one PDF) and submitted through the API. */
    static Applicants.Dossier submittedDossier(Api api, String campaignId, String tag) {
        var dossier = Applicants.create(api, campaignId, Applicants.labelForm(Applicants.uniqueEmail(tag)));
        new E2e(api).submit(dossier);
        return dossier;
    }
}
