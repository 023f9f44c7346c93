package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The decision and audit routes, called as verified organisers and jurors (see {@link AuthorizedCalls}).
 */
final class Admins {

    /** A national organiser (Cognito group organisers). */
    static final Map<String, String> ORGANISER = Map.of("sub", "3f1c2b9e-organiser-national",
            "email", "organisation@interconnectes.fr", "cognito:groups", "[organisers]");
    /** A regional organiser of Auvergne-Rhône-Alpes. */
    static final Map<String, String> ARA_ORGANISER = Map.of("sub", "7a4d0c2e-organiser-ara",
            "email", "region@auvergnerhonealpes.fr", "cognito:groups", "[regional-organisers]", "custom:region", "ARA");
    /** A regional organiser of Brittany: not theirs. */
    static final Map<String, String> BRE_ORGANISER = Map.of("sub", "9e8b7a6c-organiser-bre",
            "email", "region@bretagne.bzh", "cognito:groups", "[regional-organisers]", "custom:region", "BRE");
    static final Map<String, String> JUROR = Map.of("sub", "1b2c3d4e-juror",
            "email", "jure@exemple.fr", "cognito:groups", "[jurors]");

    private final TestEmulators backend;

    Admins(TestEmulators backend) {
        this.backend = backend;
    }

    Api.Response recordDecision(Map<String, String> claims, String candidacyId, String outcome, String message) {
        return call(claims, "PUT", "/admin/candidacies/{candidacyId}/decision", Map.of("candidacyId", candidacyId),
                Map.of(), body("outcome", outcome, "message", message));
    }

    Api.Response clearDecision(Map<String, String> claims, String candidacyId) {
        return call(claims, "DELETE", "/admin/candidacies/{candidacyId}/decision", Map.of("candidacyId", candidacyId),
                Map.of(), null);
    }

    Api.Response review(Map<String, String> claims, String campaignId) {
        return call(claims, "GET", "/admin/campaigns/{campaignId}/decisions", Map.of("campaignId", campaignId),
                Map.of(), null);
    }

    Api.Response send(Map<String, String> claims, String campaignId, String nationalCampaignId, String nationalForum) {
        return call(claims, "POST", "/admin/campaigns/{campaignId}/decisions/send", Map.of("campaignId", campaignId),
                Map.of(), body("nationalCampaignId", nationalCampaignId, "nationalForum", nationalForum));
    }

    Api.Response audit(Map<String, String> claims, String campaignId, Map<String, String> query) {
        return call(claims, "GET", "/admin/campaigns/{campaignId}/audit", Map.of("campaignId", campaignId), query, null);
    }

    /** A JSON object of {@code name, value} pairs; a null value leaves its field out. */
    private static ObjectNode body(String... namesAndValues) {
        ObjectNode body = Api.JSON.createObjectNode();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                body.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return body;
    }

    /**
     * Creates, as the national organiser, a label campaign of Auvergne-Rhône-Alpes of its own for {@code edition}: open
     * now until 10 October of that year, its regional selection on the 17th in Annecy (15-minute auditions).
     */
    void araLabelCampaign(String campaignId, int edition) {
        String definition = """
                {"title": {"fr": "Label Territoires Innovants %1$d – Auvergne-Rhône-Alpes"},
                 "region": {"code": "ARA", "name": "Auvergne-Rhône-Alpes"}, "track": "label", "edition": %1$d,
                 "opensAt": "2026-09-01T00:00:00+02:00", "closesAt": "%1$d-10-10T23:59:59.999+02:00",
                 "timeZone": "Europe/Paris",
                 "regionalSelection": {"date": "%1$d-10-17", "place": "Annecy", "presentationMinutes": 15,
                                       "questionMinutes": 0}}""".formatted(edition);
        Api.Response saved;
        try {
            saved = call(ORGANISER, "PUT", "/admin/campaigns/{campaignId}", Map.of("campaignId", campaignId), Map.of(),
                    Api.JSON.readTree(definition));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(saved.status()).as(saved.body()).isIn(200, 201);
    }

    /** One request through the function of the template route {@code method routePath}. */
    Api.Response call(Map<String, String> claims, String method, String routePath, Map<String, String> pathParameters,
                      Map<String, String> query, Object body) {
        String routeKey = method + " " + routePath;
        HttpRoute route = backend.backend().deployment().routes().stream()
                .filter(r -> r.routeKey().equals(routeKey))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no route " + routeKey + " in template.yaml"));
        return AuthorizedCalls.call(route, claims, pathParameters, query, body);
    }
}
