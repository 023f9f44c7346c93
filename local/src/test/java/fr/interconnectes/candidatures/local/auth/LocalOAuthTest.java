package fr.interconnectes.candidatures.local.auth;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import fr.interconnectes.candidatures.testing.TestClock;
import java.io.StringReader;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local managed login's rules: PKCE S256, one-time short-lived codes bound to their request, refresh tokens. */
public class LocalOAuthTest {

    static final String CLIENT = "organisers-web-local";
    static final String CALLBACK = "http://localhost:3000/console/callback.html";
    /** A verifier and its S256 challenge as computed apart (Python: urlsafe_b64encode(sha256(verifier)) unpadded). */
    static final String VERIFIER = "dBjftJeZ4CVP-mJ92K9s5AKoanXrfO4Rm3G39bkwCjM";
    static final String CHALLENGE = "LIwjIUeePCdnZ7qVlnsre13zajjUYRz3KARroLyZlko";

    final TestClock clock = TestClock.at("2027-10-17T07:00:00Z");
    final LocalCognito cognito = new LocalCognito("https://issuer.local", CLIENT, Duration.ofHours(1),
            Duration.ofHours(1), clock);
    final LocalOAuth oauth = new LocalOAuth(cognito, new LocalOAuth.Client(CLIENT, List.of(CALLBACK),
            List.of("http://localhost:3000/console/"), Duration.ofHours(12)), clock);
    final TokenRequest organiser = TokenRequest.of(Role.REGIONAL_ORGANISER, "ARA", "organiser-ara",
            "organisateur.ara@example.org");

    static Map<String, String> authorizeParameters() {
        return authorizeParameters(CLIENT, CALLBACK, "s-123", CHALLENGE);
    }

    /** A valid authorization request of the console (also for the HTTP test of the local sign-in). */
    public static Map<String, String> authorizeParameters(String clientId, String callback, String state, String challenge) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("response_type", "code");
        parameters.put("client_id", clientId);
        parameters.put("redirect_uri", callback);
        parameters.put("state", state);
        parameters.put("scope", "openid email profile");
        parameters.put("code_challenge", challenge);
        parameters.put("code_challenge_method", "S256");
        return parameters;
    }

    private String code() {
        return oauth.issueCode(oauth.authorize(authorizeParameters()).accepted().orElseThrow(), organiser);
    }

    private static Map<String, String> exchange(String code, String verifier, String redirectUri) {
        Map<String, String> form = new HashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("client_id", CLIENT);
        form.put("code", code);
        form.put("code_verifier", verifier);
        form.put("redirect_uri", redirectUri);
        return form;
    }

    @Test
    void s256_is_the_rfc_7636_transform() {
        assertThat(LocalOAuth.s256(VERIFIER)).isEqualTo(CHALLENGE);
    }

    @Test
    void a_code_with_its_verifier_gives_id_access_and_refresh_tokens_of_the_chosen_account() {
        LocalOAuth.TokenOutcome outcome = oauth.token(exchange(code(), VERIFIER, CALLBACK));

        assertThat(outcome).isInstanceOf(LocalOAuth.Tokens.class);
        LocalOAuth.Tokens tokens = (LocalOAuth.Tokens) outcome;
        assertThat(tokens.expiresIn()).isEqualTo(3600);
        assertThat(tokens.refreshToken()).isNotBlank();
        var authorizer = new JwtAuthorizer(new JwtAuthorizerConfig("CognitoJwt", "authorization", "https://issuer.local",
                List.of(CLIENT), List.of()), cognito.keys(), clock, JwtAuthorizer.NO_LEEWAY);
        var id = authorizer.verify(Map.of("authorization", "Bearer " + tokens.idToken()), List.of());
        assertThat(id.claims().orElseThrow()).containsEntry("token_use", "id").containsEntry("sub", "organiser-ara")
                .containsEntry("custom:region", "ARA").containsEntry("aud", CLIENT);
        var access = authorizer.verify(Map.of("authorization", "Bearer " + tokens.accessToken()), List.of());
        assertThat(access.claims().orElseThrow()).containsEntry("token_use", "access");
        assertThat(LocalOAuth.json(tokens)).containsKeys("id_token", "access_token", "refresh_token", "expires_in")
                .containsEntry("token_type", "Bearer");
    }

    @Test
    void a_wrong_verifier_is_an_invalid_grant_and_burns_the_code() {
        String code = code();

        assertThat(oauth.token(exchange(code, "x".repeat(43), CALLBACK)))
                .isEqualTo(new LocalOAuth.TokenError("invalid_grant", "code_verifier does not match the code_challenge"));
        assertThat(oauth.token(exchange(code, VERIFIER, CALLBACK))).isInstanceOf(LocalOAuth.TokenError.class);
    }

    @Test
    void a_verifier_too_short_for_rfc_7636_is_refused_even_if_its_digest_matched() {
        Map<String, String> parameters = authorizeParameters();
        parameters.put("code_challenge", LocalOAuth.s256("short"));
        String code = oauth.issueCode(oauth.authorize(parameters).accepted().orElseThrow(), organiser);

        assertThat(oauth.token(exchange(code, "short", CALLBACK))).isInstanceOf(LocalOAuth.TokenError.class);
    }

    @Test
    void a_code_serves_once() {
        String code = code();

        assertThat(oauth.token(exchange(code, VERIFIER, CALLBACK))).isInstanceOf(LocalOAuth.Tokens.class);
        assertThat(oauth.token(exchange(code, VERIFIER, CALLBACK)))
                .isEqualTo(new LocalOAuth.TokenError("invalid_grant", "unknown, used or expired code"));
    }

    @Test
    void a_code_expires_after_five_minutes() {
        String fresh = code();
        String stale = code();
        clock.advance(LocalOAuth.CODE_VALIDITY.minusMillis(1));
        assertThat(oauth.token(exchange(fresh, VERIFIER, CALLBACK))).isInstanceOf(LocalOAuth.Tokens.class);

        clock.advance(Duration.ofMillis(1));
        assertThat(oauth.token(exchange(stale, VERIFIER, CALLBACK)))
                .isEqualTo(new LocalOAuth.TokenError("invalid_grant", "unknown, used or expired code"));
    }

    @Test
    void a_code_is_bound_to_the_redirect_uri_and_the_client_it_was_issued_for() {
        assertThat(oauth.token(exchange(code(), VERIFIER, "http://localhost:3000/console/other.html")))
                .isEqualTo(new LocalOAuth.TokenError("invalid_grant", "redirect_uri differs from the authorization request's"));
        Map<String, String> otherClient = exchange(code(), VERIFIER, CALLBACK);
        otherClient.put("client_id", "another-client");
        assertThat(oauth.token(otherClient)).isEqualTo(new LocalOAuth.TokenError("invalid_client", "unknown client_id"));
        Map<String, String> noGrant = exchange(code(), VERIFIER, CALLBACK);
        noGrant.put("grant_type", "password");
        assertThat(oauth.token(noGrant)).extracting(o -> ((LocalOAuth.TokenError) o).error())
                .isEqualTo("unsupported_grant_type");
    }

    @Test
    void the_authorization_request_needs_the_client_a_listed_callback_a_code_and_an_s256_challenge() {
        assertThat(oauth.authorize(authorizeParameters()).accepted()).get()
                .isEqualTo(new LocalOAuth.AuthorizationRequest(CLIENT, CALLBACK, "s-123", CHALLENGE, "openid email profile"));
        Map<String, String> foreignRedirect = authorizeParameters();
        foreignRedirect.put("redirect_uri", "https://evil.example/callback");
        assertThat(oauth.authorize(foreignRedirect).error()).extracting(LocalOAuth.AuthorizationError::error,
                LocalOAuth.AuthorizationError::redirectable).containsExactly("redirect_mismatch", false);
        Map<String, String> unknownClient = authorizeParameters();
        unknownClient.put("client_id", "x");
        assertThat(oauth.authorize(unknownClient).error().redirectable()).isFalse();
        Map<String, String> plain = authorizeParameters();
        plain.put("code_challenge_method", "plain");
        assertThat(oauth.authorize(plain).error()).extracting(LocalOAuth.AuthorizationError::error,
                LocalOAuth.AuthorizationError::redirectable).containsExactly("invalid_request", true);
        Map<String, String> noChallenge = authorizeParameters();
        noChallenge.remove("code_challenge");
        assertThat(oauth.authorize(noChallenge).error().error()).isEqualTo("invalid_request");
        Map<String, String> implicit = authorizeParameters();
        implicit.put("response_type", "token");
        assertThat(oauth.authorize(implicit).error().error()).isEqualTo("unsupported_response_type");
    }

    @Test
    void a_refresh_token_gives_new_tokens_until_it_expires_or_is_revoked() {
        var tokens = (LocalOAuth.Tokens) oauth.token(exchange(code(), VERIFIER, CALLBACK));
        Map<String, String> refresh = Map.of("grant_type", "refresh_token", "client_id", CLIENT,
                "refresh_token", tokens.refreshToken());

        clock.advance(Duration.ofMinutes(59));
        var renewed = (LocalOAuth.Tokens) oauth.token(refresh);
        assertThat(renewed.refreshToken()).isNull();
        assertThat(renewed.idToken()).isNotEqualTo(tokens.idToken());
        assertThat(renewed.expiresIn()).isEqualTo(3600);

        clock.advance(Duration.ofHours(11));
        assertThat(oauth.token(refresh)).isInstanceOf(LocalOAuth.Tokens.class);
        clock.advance(Duration.ofMinutes(1));
        assertThat(oauth.token(refresh)).isEqualTo(new LocalOAuth.TokenError("invalid_grant", "unknown or expired refresh token"));

        var other = (LocalOAuth.Tokens) oauth.token(exchange(code(), VERIFIER, CALLBACK));
        assertThat(oauth.revoke(other.refreshToken())).isTrue();
        assertThat(oauth.token(Map.of("grant_type", "refresh_token", "client_id", CLIENT,
                "refresh_token", other.refreshToken()))).isInstanceOf(LocalOAuth.TokenError.class);
    }

    @Test
    void the_template_gives_the_client_its_callback_and_logout_urls_and_refresh_validity() {
        SamTemplate template = SamTemplate.parse(new StringReader("""
                Parameters:
                  AllowedOrigin:
                    Type: String
                    Default: https://candidatures.example
                Resources:
                  Client:
                    Type: AWS::Cognito::UserPoolClient
                    Properties:
                      CallbackURLs:
                        - !Sub ${AllowedOrigin}/console/callback.html
                      LogoutURLs:
                        - !Sub ${AllowedOrigin}/console/
                      RefreshTokenValidity: 12
                      TokenValidityUnits:
                        RefreshToken: hours
                """));
        LocalNames names = new LocalNames(template, "eu-west-3", Map.of("AllowedOrigin", "http://localhost:3999"));
        LocalCognito pool = new LocalCognito("https://issuer.local", names.ref("Client"), Duration.ofHours(1),
                Duration.ofHours(1), clock);

        LocalOAuth.Client client = LocalOAuth.forTemplate(pool, template, names, clock).client();

        assertThat(client.callbackUrls()).containsExactly("http://localhost:3999/console/callback.html");
        assertThat(client.logoutUrls()).containsExactly("http://localhost:3999/console/");
        assertThat(client.refreshValidity()).isEqualTo(Duration.ofHours(12));
    }
}
