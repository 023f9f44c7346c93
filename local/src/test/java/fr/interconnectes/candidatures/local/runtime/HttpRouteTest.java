package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Route matching as API Gateway's HTTP API does it; {@link HttpRoute#match} takes the raw (encoded) path. */
class HttpRouteTest {

    private static HttpRoute route(String method, String path) {
        return new HttpRoute(method, path, null, null, List.of());
    }

    /** The route the local API picks: the first match once sorted as LocalDeployment sorts them. */
    private static Optional<String> pick(List<HttpRoute> routes, String method, String rawPath) {
        List<HttpRoute> sorted = new ArrayList<>(routes);
        sorted.sort(Comparator.comparingInt(HttpRoute::specificity).reversed());
        return sorted.stream().filter(r -> r.match(method, rawPath).isPresent()).map(HttpRoute::routeKey).findFirst();
    }

    @Test
    void literalSegmentsMatchExactly() {
        HttpRoute campaigns = route("GET", "/campaigns");

        assertThat(campaigns.match("GET", "/campaigns")).contains(Map.of());
        assertThat(campaigns.match("GET", "/campaign")).isEmpty();
        assertThat(campaigns.match("GET", "/Campaigns")).isEmpty();
        assertThat(campaigns.match("GET", "/campaigns-x")).isEmpty();
        assertThat(campaigns.match("GET", "/")).isEmpty();
    }

    @Test
    void parameterSegmentsAreCaptured() {
        HttpRoute complete = route("POST", "/candidacies/{candidacyId}/attachments/{attachmentId}/complete");

        assertThat(complete.match("POST", "/candidacies/c-1/attachments/a-2/complete"))
                .contains(Map.of("candidacyId", "c-1", "attachmentId", "a-2"));
        assertThat(complete.match("POST", "/candidacies/c-1/attachments/a-2/completed")).isEmpty();
        assertThat(complete.match("POST", "/candidacies/c-1/files/a-2/complete")).isEmpty();
    }

    @Test
    void anEmptySegmentDoesNotFillAParameter() {
        assertThat(route("GET", "/campaigns/{campaignId}/candidacies").match("GET", "/campaigns//candidacies")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
            "/campaigns/caf%C3%A9,   café",
            "/campaigns/caf%c3%a9,   café",
            "/campaigns/a%20b,       a b",
            "/campaigns/a%2Fb,       a/b",
            "/campaigns/a+b,         a+b",
            "/campaigns/a%2Bb,       a+b",
            "/campaigns/100%25,      100%",
            "/campaigns/%2525,       %25",
            "/campaigns/50%,         50%",
            "/campaigns/%zz,         %zz"})
    void pathParametersAreDecodedOnceAsAPathNotAsAForm(String rawPath, String campaignId) {
        assertThat(route("GET", "/campaigns/{campaignId}").match("GET", rawPath)).contains(Map.of("campaignId", campaignId));
    }

    @Test
    void aTrailingSlashIsIgnoredOnEitherSide() {
        assertThat(route("GET", "/campaigns").match("GET", "/campaigns/")).contains(Map.of());
        assertThat(route("GET", "/campaigns/").match("GET", "/campaigns")).contains(Map.of());
        assertThat(route("GET", "/campaigns/{campaignId}").match("GET", "/campaigns/c-1/")).contains(Map.of("campaignId", "c-1"));
        // but a slash alone does not stand for a parameter
        assertThat(route("GET", "/campaigns/{campaignId}").match("GET", "/campaigns/")).isEmpty();
    }

    @Test
    void theRootRouteMatchesOnlyTheRoot() {
        assertThat(route("GET", "/").match("GET", "/")).contains(Map.of());
        assertThat(route("GET", "/").match("GET", "/x")).isEmpty();
    }

    @Test
    void greedyProxyTakesTheRestOfThePath() {
        HttpRoute proxy = route("ANY", "/files/{proxy+}");

        assertThat(proxy.match("GET", "/files/a")).contains(Map.of("proxy", "a"));
        assertThat(proxy.match("GET", "/files/a/b/c.pdf")).contains(Map.of("proxy", "a/b/c.pdf"));
        assertThat(proxy.match("GET", "/files/caf%C3%A9/x")).contains(Map.of("proxy", "café/x"));
        // it needs at least one segment, as API Gateway's {proxy+}
        assertThat(proxy.match("GET", "/files")).isEmpty();
        assertThat(proxy.match("GET", "/files/")).isEmpty();
        assertThat(proxy.match("GET", "/other/a")).isEmpty();
    }

    @Test
    void aRootProxyTakesEveryPathButTheRoot() {
        HttpRoute proxy = route("ANY", "/{proxy+}");

        assertThat(proxy.match("DELETE", "/x/y")).contains(Map.of("proxy", "x/y"));
        assertThat(proxy.match("GET", "/")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"})
    void anyMatchesEveryMethod(String method) {
        assertThat(route("ANY", "/ping").match(method, "/ping")).contains(Map.of());
    }

    @Test
    void otherMethodsMustBeTheRequestedOne() {
        HttpRoute get = route("GET", "/ping");

        assertThat(get.match("get", "/ping")).contains(Map.of());
        assertThat(get.match("POST", "/ping")).isEmpty();
        assertThat(get.match("HEAD", "/ping")).isEmpty();
    }

    @Test
    void extraOrMissingSegmentsDoNotMatch() {
        HttpRoute candidacy = route("GET", "/candidacies/{candidacyId}");

        assertThat(candidacy.match("GET", "/candidacies")).isEmpty();
        assertThat(candidacy.match("GET", "/candidacies/c-1/submit")).isEmpty();
        assertThat(candidacy.match("GET", "/candidacies/c-1/submit/x")).isEmpty();
        assertThat(candidacy.match("GET", "/x/candidacies/c-1")).isEmpty();
    }

    @Test
    void theMostSpecificRouteWins() {
        List<HttpRoute> routes = List.of(
                route("ANY", "/{proxy+}"),
                route("ANY", "/candidacies/{proxy+}"),
                route("GET", "/candidacies/{candidacyId}"),
                route("POST", "/candidacies/{candidacyId}/submit"),
                route("ANY", "/candidacies/{candidacyId}/{action}"),
                route("GET", "/candidacies/mine"),
                route("ANY", "/candidacies/mine"));

        assertThat(pick(routes, "POST", "/candidacies/c-1/submit")).contains("POST /candidacies/{candidacyId}/submit");
        assertThat(pick(routes, "POST", "/candidacies/c-1/withdraw")).contains("ANY /candidacies/{candidacyId}/{action}");
        assertThat(pick(routes, "GET", "/candidacies/c-1/submit")).contains("ANY /candidacies/{candidacyId}/{action}");
        assertThat(pick(routes, "GET", "/candidacies/c-1/a/b")).contains("ANY /candidacies/{proxy+}");
        assertThat(pick(routes, "GET", "/candidacies/c-1")).contains("GET /candidacies/{candidacyId}");
        assertThat(pick(routes, "DELETE", "/candidacies/c-1")).contains("ANY /candidacies/{proxy+}");
        // a literal segment beats a parameter, and a method beats ANY
        assertThat(pick(routes, "GET", "/candidacies/mine")).contains("GET /candidacies/mine");
        assertThat(pick(routes, "PUT", "/candidacies/mine")).contains("ANY /candidacies/mine");
        assertThat(pick(routes, "GET", "/campaigns")).contains("ANY /{proxy+}");
    }

    /** API Gateway: a full match of route and method first, only then a route with a greedy variable. */
    @Test
    void aFullMatchBeatsAGreedyRouteWhateverTheirLiterals() {
        List<HttpRoute> routes = List.of(route("GET", "/a/{proxy+}"), route("GET", "/{x}/b"));

        assertThat(pick(routes, "GET", "/a/b")).contains("GET /{x}/b");
        assertThat(pick(routes, "GET", "/a/c")).contains("GET /a/{proxy+}");
        assertThat(route("GET", "/{x}/{y}/{z}").specificity()).isGreaterThan(route("GET", "/a/b/{proxy+}").specificity());
    }

    @Test
    void specificityRanksLiteralAboveParameterAboveGreedy() {
        assertThat(route("GET", "/candidacies/{id}/submit").specificity())
                .isGreaterThan(route("GET", "/candidacies/{proxy+}").specificity());
        assertThat(route("GET", "/candidacies/mine").specificity())
                .isGreaterThan(route("GET", "/candidacies/{id}").specificity());
        assertThat(route("GET", "/candidacies/{id}").specificity())
                .isGreaterThan(route("GET", "/candidacies/{proxy+}").specificity());
        assertThat(route("GET", "/candidacies/{id}").specificity())
                .isGreaterThan(route("ANY", "/candidacies/{id}").specificity());
        // the leftmost difference decides
        assertThat(route("GET", "/a/{x}").specificity()).isGreaterThan(route("GET", "/{x}/b").specificity());
    }

    @Test
    void routeKeyAndMethodNames() {
        assertThat(route("GET", "/campaigns/{campaignId}").routeKey()).isEqualTo("GET /campaigns/{campaignId}");
        assertThat(HttpRoute.normaliseMethod("post")).isEqualTo("POST");
        assertThat(HttpRoute.normaliseMethod("any")).isEqualTo("ANY");
        assertThat(HttpRoute.normaliseMethod("x-amazon-apigateway-any-method")).isEqualTo("ANY");
    }
}
