package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.local.auth.LocalOAuth;
import fr.interconnectes.candidatures.local.auth.LocalOAuthTest;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The local managed login over HTTP, as the console's browser uses it: the sign-in page, the choice of a demo account
 * redirecting with a one-time code, the token endpoint (PKCE) and its OAuth errors, refresh, logout, and the local
 * tools' rules (a form of another origin is refused; only the form endpoints take form bodies).
 */
class LocalSignInTest {

    static final String VERIFIER = "dBjftJeZ4CVP-mJ92K9s5AKoanXrfO4Rm3G39bkwCjM";

    private final TestEmulators emulators = TestEmulators.get();
    private final String apiUrl = emulators.apiUrl();
    private final String clientId = emulators.backend().cognito().clientId();
    private final String callback = apiUrl + "/console/callback.html";
    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String form(Map<String, String> values) {
        return values.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private HttpRequest.Builder post(String path, Map<String, String> values, String origin) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(values)));
        return origin == null ? request : request.header("Origin", origin);
    }

    private Map<String, String> authorizeParameters() {
        return LocalOAuthTest.authorizeParameters(clientId, callback, "state-42", LocalOAuth.s256(VERIFIER));
    }

    /** Chooses the regional organiser on the sign-in page: the code of the redirect to the callback. */
    private String signInAsRegionalOrganiser() throws Exception {
        Map<String, String> choice = new LinkedHashMap<>(authorizeParameters());
        choice.put("account", "organiser-ara");
        HttpResponse<String> chosen = send(post("/local/oauth2/authorize", choice, apiUrl));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(302);
        String location = chosen.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith(callback + "?code=").endsWith("&state=state-42");
        return query(location).get("code");
    }

    private static Map<String, String> query(String url) {
        return java.util.Arrays.stream(URI.create(url).getRawQuery().split("&")).map(p -> p.split("=", 2))
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
    }

    private Map<String, String> exchange(String code, String verifier) {
        return Map.of("grant_type", "authorization_code", "client_id", clientId, "code", code,
                "code_verifier", verifier, "redirect_uri", callback);
    }

    @Test
    void the_sign_in_page_lists_the_demo_accounts_in_french_or_english_and_cannot_be_framed() throws Exception {
        String query = form(authorizeParameters());
        HttpResponse<String> french = send(HttpRequest.newBuilder(URI.create(apiUrl + "/local/oauth2/authorize?" + query)));
        HttpResponse<String> english = send(HttpRequest.newBuilder(URI.create(apiUrl + "/local/oauth2/authorize?" + query
                + "&lang=en")));

        assertThat(french.statusCode()).isEqualTo(200);
        assertThat(french.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(french.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(french.body()).contains("<html lang=\"fr\"", "Se connecter à la console",
                "Organisation régionale (ARA)", "organisateur.ara@example.org", "Juré juror-2",
                "name=\"code_challenge\" value=\"" + LocalOAuth.s256(VERIFIER) + "\"");
        assertThat(english.body()).contains("<html lang=\"en\"", "Sign in to the console", "Regional organiser (ARA)");
    }

    @Test
    void a_code_and_its_verifier_give_tokens_the_api_accepts_and_the_code_never_serves_twice() throws Exception {
        String code = signInAsRegionalOrganiser();

        HttpResponse<String> tokens = send(post("/local/oauth2/token", exchange(code, VERIFIER), apiUrl));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode json = Api.JSON.readTree(tokens.body());
        assertThat(json.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.path("expires_in").asLong()).isEqualTo(3600);
        Api.Response me = new Api(apiUrl).get("/admin/me", "Authorization", "Bearer " + json.path("id_token").asText());
        assertThat(me.json().path("email").asText()).isEqualTo("organisateur.ara@example.org");
        assertThat(me.json().path("region").asText()).isEqualTo("ARA");

        HttpResponse<String> again = send(post("/local/oauth2/token", exchange(code, VERIFIER), apiUrl));
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Api.JSON.readTree(again.body()).path("error").asText()).isEqualTo("invalid_grant");

        HttpResponse<String> refreshed = send(post("/local/oauth2/token", Map.of("grant_type", "refresh_token",
                "client_id", clientId, "refresh_token", json.path("refresh_token").asText()), null));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        assertThat(Api.JSON.readTree(refreshed.body()).has("id_token")).isTrue();
    }

    @Test
    void a_wrong_verifier_or_redirect_uri_is_an_invalid_grant() throws Exception {
        HttpResponse<String> wrongVerifier = send(post("/local/oauth2/token",
                exchange(signInAsRegionalOrganiser(), "W".repeat(43)), apiUrl));
        Map<String, String> otherRedirect = new LinkedHashMap<>(exchange(signInAsRegionalOrganiser(), VERIFIER));
        otherRedirect.put("redirect_uri", apiUrl + "/console/");
        HttpResponse<String> wrongRedirect = send(post("/local/oauth2/token", otherRedirect, apiUrl));

        for (HttpResponse<String> refused : java.util.List.of(wrongVerifier, wrongRedirect)) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(Api.JSON.readTree(refused.body()).path("error").asText()).isEqualTo("invalid_grant");
            assertThat(refused.body()).doesNotContain("id_token");
        }
    }

    @Test
    void a_foreign_redirect_uri_gets_an_error_page_and_no_code() throws Exception {
        Map<String, String> parameters = authorizeParameters();
        parameters.put("redirect_uri", "https://evil.example/callback");
        HttpResponse<String> page = send(HttpRequest.newBuilder(URI.create(apiUrl + "/local/oauth2/authorize?"
                + form(parameters))));
        parameters.put("account", "organiser-national");
        HttpResponse<String> chosen = send(post("/local/oauth2/authorize", parameters, apiUrl));

        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("redirect_mismatch").doesNotContain("organiser-national");
        assertThat(chosen.statusCode()).isEqualTo(400);
        assertThat(chosen.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void a_form_of_another_origin_is_refused_and_only_the_sign_in_endpoints_take_forms() throws Exception {
        Map<String, String> choice = new LinkedHashMap<>(authorizeParameters());
        choice.put("account", "organiser-national");
        HttpResponse<String> crossSiteChoice = send(post("/local/oauth2/authorize", choice, "https://evil.example"));
        HttpResponse<String> crossSiteToken = send(post("/local/oauth2/token",
                exchange(signInAsRegionalOrganiser(), VERIFIER), "https://evil.example"));
        HttpResponse<String> formToTokens = send(post("/local/tokens", Map.of("role", "organiser"), apiUrl));

        assertThat(crossSiteChoice.statusCode()).isEqualTo(403);
        assertThat(crossSiteToken.statusCode()).isEqualTo(403);
        assertThat(Api.JSON.readTree(crossSiteToken.body()).at("/error/code").asText()).isEqualTo("cross_origin_refused");
        assertThat(crossSiteToken.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        assertThat(formToTokens.statusCode()).isEqualTo(415);
        HttpResponse<String> textToToken = send(HttpRequest.newBuilder(URI.create(apiUrl + "/local/oauth2/token"))
                .header("Content-Type", "text/plain").header("Origin", apiUrl)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=refresh_token")));
        assertThat(textToToken.statusCode()).isEqualTo(415);
    }

    @Test
    void the_logout_goes_back_only_to_a_listed_logout_url() throws Exception {
        HttpResponse<String> listed = send(HttpRequest.newBuilder(URI.create(apiUrl + "/local/logout?"
                + form(Map.of("client_id", clientId, "logout_uri", apiUrl + "/console/")))));
        HttpResponse<String> foreign = send(HttpRequest.newBuilder(URI.create(apiUrl + "/local/logout?"
                + form(Map.of("client_id", clientId, "logout_uri", "https://evil.example/")))));

        assertThat(listed.statusCode()).isEqualTo(302);
        assertThat(listed.headers().firstValue("Location")).contains(apiUrl + "/console/");
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.headers().firstValue("Location")).isEmpty();
    }

    @Test
    void the_console_config_names_the_local_sign_in_and_the_template_client() throws Exception {
        HttpResponse<String> config = send(HttpRequest.newBuilder(URI.create(apiUrl + "/console/config.json")));

        assertThat(config.statusCode()).isEqualTo(200);
        JsonNode json = Api.JSON.readTree(config.body());
        assertThat(json.path("authority").asText()).isEqualTo(apiUrl + "/local");
        assertThat(json.path("clientId").asText()).isEqualTo(clientId);
        assertThat(json.path("scope").asText()).isEqualTo("openid email profile");
    }
}
