package fr.interconnectes.candidatures.local.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.e2e.Api;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.e2e.E2e;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code /admin/} route of template.yaml, called over HTTP as a client would: without a token (the
 * authorizer refuses), with a juror's token and with another region's organiser's token (the use case
 * refuses), on a real dossier of Auvergne-Rhône-Alpes. Nothing of the dossier may come back.
 */
class AdminSecurityMatrixTest {

    /** What a juror may call about themselves, whatever dossier exists. */
    static final Set<String> JUROR_OWN = Set.of("GET /admin/me", "GET /admin/jury/assignments");
    static final Set<String> ANYONE_SIGNED_IN = Set.of("GET /admin/me");

    private static Api api;
    private static Applicants.Dossier dossier;
    private static String jurorToken;
    private static String otherRegionToken;
    private static String regionToken;

    @BeforeAll
    static void aSubmittedDossierAndTokens() {
        TestEmulators backend = TestEmulators.get();
        E2e e2e = new E2e(backend.apiUrl());
        api = e2e.api();
        dossier = Applicants.create(api, "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("matrix")));
        e2e.submit(dossier);
        jurorToken = backend.backend().mintToken(TokenRequest.of(Role.JUROR, null, "juror-matrix", null)).token();
        otherRegionToken = backend.backend().mintToken(
                TokenRequest.of(Role.REGIONAL_ORGANISER, "IDF", "organiser-idf", null)).token();
        regionToken = backend.backend().mintToken(
                TokenRequest.of(Role.REGIONAL_ORGANISER, "ARA", "organiser-ara", null)).token();
    }

    private static List<HttpRoute> adminRoutes() {
        List<HttpRoute> routes = new ArrayList<>(TestEmulators.get().backend().deployment().routes().stream()
                .filter(r -> r.path().startsWith("/admin/")).toList());
        assertThat(routes).as("admin routes in template.yaml").hasSizeGreaterThan(15);
        assertThat(routes).allSatisfy(r -> assertThat(r.requiresJwt()).as(r.routeKey()).isTrue());
        return routes;
    }

    private static String path(HttpRoute route) {
        return route.path().replace("{campaignId}", "aura-2027-label").replace("{candidacyId}", dossier.id())
                .replace("{slotId}", "slot-" + dossier.id()).replace("{mailId}", "any-mail");
    }

    private static Object body(HttpRoute route) {
        return switch (route.routeKey()) {
            case "PUT /admin/campaigns/{campaignId}" -> Map.of("title", Map.of("fr", "Piratage"),
                    "region", Map.of("code", "ARA", "name", "Auvergne-Rhône-Alpes"), "track", "label", "edition", 2027,
                    "opensAt", "2026-09-01T00:00:00+02:00", "closesAt", "2027-10-10T23:59:59.999+02:00");
            case "POST /admin/campaigns/{campaignId}/copy" -> Map.of("id", "matrix-copy", "edition", 2031);
            case "PUT /admin/candidacies/{candidacyId}/extension" -> Map.of("deadline", "2027-12-01T00:00:00+01:00");
            case "PUT /admin/candidacies/{candidacyId}/jurors" -> Map.of("jurorIds", List.of("juror-matrix"));
            case "PUT /admin/candidacies/{candidacyId}/conflict" -> Map.of("reason", "Je connais le maire");
            case "PUT /admin/candidacies/{candidacyId}/scores" -> Map.of("scores", Map.of("innovation", 5, "user_focus", 5,
                    "partnership", 5, "pooling_interoperability", 5, "return_on_investment", 5));
            case "PUT /admin/candidacies/{candidacyId}/decision" -> Map.of("outcome", "finalist");
            case "POST /admin/campaigns/{campaignId}/decisions/send" -> Map.of();
            case "POST /admin/candidacies/{candidacyId}/erase" -> Map.of("reason", "Demande de la matrice", "force", true);
            case "PUT /admin/campaigns/{campaignId}/selection-day" -> Map.of("start", "09:00",
                    "panels", List.of(Map.of("id", "A", "room", "Salle", "jurorIds", List.of("juror-matrix"))));
            case "PUT /admin/campaigns/{campaignId}/timetable/slots/{slotId}" -> Map.of("start", "2027-10-17T09:00:00+02:00");
            default -> null;
        };
    }

    private static Api.Response call(HttpRoute route, String token) {
        String query = route.path().startsWith("/admin/jury/") ? "?campaignId=aura-2027-label" : "";
        return token == null
                ? api.send(route.method(), path(route) + query, body(route))
                : api.send(route.method(), path(route) + query, body(route), "Authorization", "Bearer " + token);
    }

    @TestFactory
    Stream<DynamicTest> without_a_token_the_authorizer_refuses_every_admin_route() {
        return adminRoutes().stream().map(route -> DynamicTest.dynamicTest(route.routeKey(), () -> {
            Api.Response response = call(route, null);
            assertThat(response.status()).as(response.body()).isEqualTo(401);
            assertThat(response.body()).doesNotContain(dossier.id());
        }));
    }

    @TestFactory
    Stream<DynamicTest> a_forged_token_is_refused_everywhere() {
        String forged = regionToken.substring(0, regionToken.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        return adminRoutes().stream().map(route -> DynamicTest.dynamicTest(route.routeKey(), () ->
                assertThat(call(route, forged).status()).isEqualTo(401)));
    }

    @TestFactory
    Stream<DynamicTest> a_juror_not_assigned_to_the_dossier_gets_nothing_of_it() {
        return refusedOutside(JUROR_OWN, jurorToken, "forbidden", "not_assigned", "not_in_a_panel");
    }

    @TestFactory
    Stream<DynamicTest> another_regions_organiser_gets_nothing_of_this_region() {
        return refusedOutside(ANYONE_SIGNED_IN, otherRegionToken, "out_of_region", "forbidden");
    }

    /** Every admin route but {@code allowed} refuses {@code token} with one of {@code codes}; none shows the dossier. */
    private static Stream<DynamicTest> refusedOutside(Set<String> allowed, String token, String... codes) {
        return adminRoutes().stream().map(route -> DynamicTest.dynamicTest(route.routeKey(), () -> {
            Api.Response response = call(route, token);
            if (allowed.contains(route.routeKey())) {
                assertThat(response.status()).as(response.body()).isEqualTo(200);
            } else {
                assertThat(response.status()).as(response.body()).isEqualTo(403);
                assertThat(response.errorCode()).isIn((Object[]) codes);
            }
            assertThat(response.body()).doesNotContain("Vallées d'Été").doesNotContain(dossier.token());
        }));
    }

    @TestFactory
    Stream<DynamicTest> this_regions_organiser_reads_through_the_same_chain() {
        return Stream.of("/admin/campaigns/aura-2027-label/candidacies", "/admin/candidacies/" + "%s")
                .map(p -> DynamicTest.dynamicTest(p, () -> {
                    Api.Response response = api.get(String.format(p, dossier.id()), "Authorization", "Bearer " + regionToken);
                    assertThat(response.status()).as(response.body()).isEqualTo(200);
                    assertThat(response.body()).contains(dossier.id()).doesNotContain(dossier.token());
                }));
    }
}
