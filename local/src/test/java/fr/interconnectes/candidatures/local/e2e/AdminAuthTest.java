package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.auth.ForeignKey;
import fr.interconnectes.candidatures.local.auth.LocalCognito;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalFunction;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /admin/me} through the local API: the template's Cognito JWT authorizer is emulated as API
 * Gateway runs it, before the function. A refused token gets API Gateway's own 401 and the function is not
 * invoked.
 */
class AdminAuthTest {

    private static final String ME = "/admin/me";

    private final TestEmulators emulators = TestEmulators.get();
    private final Api api = new Api(emulators.apiUrl());
    private final LocalCognito cognito = emulators.backend().cognito();
    private final LocalFunction whoAmI = emulators.backend().deployment().functions().get("WhoAmIFunction");

    private Api.Response me(String token) {
        return api.get(ME, "Authorization", "Bearer " + token);
    }

    /** The claims of a valid access token of the local user pool, to spoil one at a time. */
    private Map<String, Object> claims() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "organiser-national");
        claims.put("cognito:groups", List.of("organisers"));
        claims.put("iss", cognito.issuer());
        claims.put("client_id", cognito.clientId());
        claims.put("token_use", "access");
        claims.put("iat", now - 5);
        claims.put("exp", now + 600);
        claims.put("email", "organisatrice.nationale@example.org");
        return claims;
    }

    private Map<String, Object> claimsWith(String claim, Object value) {
        Map<String, Object> claims = claims();
        claims.put(claim, value);
        return claims;
    }

    /** API Gateway's own answer, and the function never ran. */
    private void assertRefusedBeforeTheFunction(java.util.function.Supplier<Api.Response> call) {
        long before = whoAmI.invocations();
        Api.Response response = call.get();
        assertThat(response.status()).as(response.body()).isEqualTo(401);
        assertThat(response.json().path("message").asText()).isEqualTo("Unauthorized");
        assertThat(response.json().has("error")).isFalse();
        assertThat(whoAmI.invocations()).as("invocations of WhoAmIFunction").isEqualTo(before);
    }

    @Test
    void without_a_token_api_gateway_answers_401_and_the_function_is_not_invoked() {
        assertRefusedBeforeTheFunction(() -> api.get(ME));
        assertRefusedBeforeTheFunction(() -> api.get(ME, "Authorization", "Bearer"));
        assertRefusedBeforeTheFunction(() -> api.get(ME, "Authorization", "Basic b3JnOnNlY3JldA=="));
    }

    @Test
    void an_organiser_token_gives_the_caller_as_its_claims_describe_them() {
        LocalCognito.Token token = emulators.backend().mintToken(
                TokenRequest.of(Role.ORGANISER, null, "organiser-national", "organisatrice.nationale@example.org"));
        long before = whoAmI.invocations();

        Api.Response response = me(token.token());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("sub").asText()).isEqualTo("organiser-national");
        assertThat(body.get("email").asText()).isEqualTo("organisatrice.nationale@example.org");
        assertThat(body.get("roles").toString()).isEqualTo("[\"organiser\"]");
        assertThat(body.has("region")).as("no region: left out, as every null of the API").isFalse();
        assertThat(whoAmI.invocations()).isEqualTo(before + 1);
        assertThat(api.get(ME, "Authorization", token.token()).status()).as("the token alone, without Bearer").isEqualTo(200);
    }

    @Test
    void a_regional_organiser_token_from_post_local_tokens() {
        Api.Response minted = api.post("/local/tokens", Map.of("role", "regional-organiser", "region", "ARA",
                "sub", "organiser-ara", "email", "organisateur.ara@example.org", "ttlSeconds", 120));
        assertThat(minted.status()).as(minted.body()).isEqualTo(200);
        JsonNode claims = minted.json().get("claims");
        assertThat(claims.get("cognito:groups").toString()).isEqualTo("[\"regional-organisers\"]");
        assertThat(claims.get("custom:region").asText()).isEqualTo("ARA");
        assertThat(claims.get("client_id").asText()).isEqualTo(cognito.clientId());
        assertThat(claims.get("token_use").asText()).isEqualTo("access");
        assertThat(claims.get("iss").asText()).isEqualTo(cognito.issuer());
        assertThat(claims.get("exp").asLong() - claims.get("iat").asLong()).isEqualTo(120);
        assertThat(Instant.parse(minted.json().get("expiresAt").asText()).getEpochSecond())
                .isEqualTo(claims.get("exp").asLong());

        Api.Response response = me(minted.json().get("token").asText());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("roles").toString()).isEqualTo("[\"regional-organiser\"]");
        assertThat(response.json().get("region").asText()).isEqualTo("ARA");
        assertThat(response.json().get("sub").asText()).isEqualTo("organiser-ara");
    }

    @Test
    void an_id_token_passes_through_its_aud() {
        Api.Response minted = api.post("/local/tokens", Map.of("role", List.of("juror", "organiser"), "tokenUse", "id"));
        assertThat(minted.json().at("/claims/aud").asText()).isEqualTo(cognito.clientId());

        Api.Response response = me(minted.json().get("token").asText());

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(response.json().get("roles").toString()).isEqualTo("[\"organiser\",\"juror\"]");
    }

    @Test
    void a_token_signed_by_another_key_is_refused() throws Exception {
        String forged = ForeignKey.generate().sign(cognito.keyId(), claims());

        assertRefusedBeforeTheFunction(() -> me(forged));
    }

    @Test
    void an_expired_token_is_refused() {
        long now = Instant.now().getEpochSecond();
        Map<String, Object> expired = claimsWith("exp", now - 120);
        expired.put("iat", now - 3720);
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(), expired)));
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(),
                claimsWith("iss", "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_SomeoneElse"))));
    }

    @Test
    void a_token_for_another_audience_is_refused() {
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(), claimsWith("client_id", "another-app-client"))));
        Map<String, Object> wrongAud = claims();
        wrongAud.put("aud", "another-app-client");
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(), wrongAud)));
    }

    @Test
    void an_unsigned_token_alg_none_is_refused() {
        String none = JWT.create().withKeyId(cognito.keyId()).withPayload(claims()).sign(Algorithm.none());
        assertThat(none).endsWith(".");
        assertRefusedBeforeTheFunction(() -> me(none));
        // the same with a signature part copied from a valid token
        String valid = cognito.sign(Map.of(), claims());
        assertRefusedBeforeTheFunction(() -> me(none + valid.substring(valid.lastIndexOf('.') + 1)));
    }

    @Test
    void a_tampered_payload_is_refused() {
        String juror = emulators.backend().mintToken(TokenRequest.of(Role.JUROR, null, "juror-1", null)).token();
        assertThat(me(juror).status()).isEqualTo(200);
        String[] parts = juror.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"jurors\"", "\"organisers\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertRefusedBeforeTheFunction(() -> me(tampered));
    }

    @Test
    void a_token_not_valid_before_a_future_time_is_refused() {
        long now = Instant.now().getEpochSecond();
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(), claimsWith("nbf", now + 300))));
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(), claimsWith("iat", now + 300))));
        assertThat(me(cognito.sign(Map.of(), claimsWith("nbf", now - 1))).status()).isEqualTo(200);
    }

    @Test
    void a_token_of_an_unknown_key_id_or_use_is_refused() {
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of("kid", "previous-run-key"), claims())));
        assertRefusedBeforeTheFunction(() -> me(cognito.sign(Map.of(), claimsWith("token_use", "refresh"))));
    }

    @Test
    void the_applicant_routes_stay_public() {
        assertThat(api.get("/campaigns").status()).isEqualTo(200);
        assertThat(api.send("OPTIONS", ME, null, "Origin", "https://candidatures.interconnectes.fr",
                "Access-Control-Request-Method", "GET").status()).as("CORS preflight needs no token").isEqualTo(204);
    }

    @Test
    void post_local_tokens_validates_its_body() {
        Api.Response noRole = api.post("/local/tokens", Map.of("region", "ARA"));
        assertThat(noRole.status()).isEqualTo(400);
        assertThat(noRole.errorCode()).isEqualTo("validation_failed");
        assertThat(noRole.json().at("/error/problems").toString()).contains("role");

        Api.Response noRegion = api.post("/local/tokens", Map.of("role", "regional-organiser"));
        assertThat(noRegion.status()).isEqualTo(400);
        assertThat(noRegion.json().at("/error/problems").toString()).contains("region");

        assertThat(api.post("/local/tokens", "{not json").status()).isEqualTo(400);
        assertThat(api.get("/local/tokens").status()).isEqualTo(405);
    }

    @Test
    void the_published_key_set_verifies_the_tokens() throws Exception {
        Api.Response jwks = api.get("/local/cognito/.well-known/jwks.json");
        assertThat(jwks.status()).isEqualTo(200);
        JsonNode key = jwks.json().at("/keys/0");
        assertThat(key.get("kid").asText()).isEqualTo(cognito.keyId());
        assertThat(key.get("alg").asText()).isEqualTo("RS256");
        RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(
                new BigInteger(1, Base64.getUrlDecoder().decode(key.get("n").asText())),
                new BigInteger(1, Base64.getUrlDecoder().decode(key.get("e").asText()))));

        String token = emulators.backend().mintToken(TokenRequest.of(Role.JUROR, null, "juror-2", null)).token();

        JWT.require(Algorithm.RSA256(publicKey, null)).withIssuer(cognito.issuer()).build().verify(token);
    }
}
