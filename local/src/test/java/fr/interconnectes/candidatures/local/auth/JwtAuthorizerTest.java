package fr.interconnectes.candidatures.local.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The checks of API Gateway's JWT authorizer, one by one, on a fixed clock. */
class JwtAuthorizerTest {

    static final Instant NOW = Instant.parse("2027-10-10T12:00:00Z");
    static final long T = NOW.getEpochSecond();
    static final String ISSUER = "https://cognito-idp.eu-west-3.amazonaws.com/candidatures-local-organisers-user-pool";
    static final String CLIENT = "candidatures-local-organisers-user-pool-client";

    static final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    /** One key pair for the class: drawing a 2048-bit RSA pair takes a while. */
    static final LocalCognito cognito = new LocalCognito(ISSUER, CLIENT, Duration.ofHours(1), Duration.ofHours(1), clock);
    final JwtAuthorizerConfig config = new JwtAuthorizerConfig("CognitoJwt", "authorization", ISSUER, List.of(CLIENT), List.of());
    final JwtAuthorizer authorizer = new JwtAuthorizer(config, cognito.keys(), clock, JwtAuthorizer.NO_LEEWAY);

    private JwtAuthorizer.Decision verify(String token) {
        return authorizer.verify(Map.of("authorization", "Bearer " + token), List.of());
    }

    /** The claims of a valid Cognito access token, to spoil one at a time. */
    static Map<String, Object> accessClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", "organiser-national");
        claims.put("cognito:groups", List.of("organisers", "jurors"));
        claims.put("iss", ISSUER);
        claims.put("client_id", CLIENT);
        claims.put("token_use", "access");
        claims.put("scope", "aws.cognito.signin.user.admin");
        claims.put("auth_time", T - 10);
        claims.put("iat", T - 10);
        claims.put("exp", T + 3590);
        claims.put("email", "organisatrice.nationale@example.org");
        claims.put("custom:region", "ARA");
        return claims;
    }

    private String signed(Map<String, Object> claims) {
        return cognito.sign(Map.of(), claims);
    }

    private Map<String, Object> with(String claim, Object value) {
        Map<String, Object> claims = accessClaims();
        if (value == null) {
            claims.remove(claim);
        } else {
            claims.put(claim, value);
        }
        return claims;
    }

    @Test
    void a_valid_access_token_gives_its_claims_as_api_gateway_passes_them() {
        JwtAuthorizer.Decision decision = verify(signed(accessClaims()));

        assertThat(decision.allowed()).as(decision.refusal()).isTrue();
        Map<String, String> claims = decision.claims().orElseThrow();
        assertThat(claims).containsEntry("cognito:groups", "[organisers jurors]")
                .containsEntry("exp", Long.toString(T + 3590))
                .containsEntry("custom:region", "ARA")
                .containsEntry("email", "organisatrice.nationale@example.org")
                .containsEntry("sub", "organiser-national")
                .containsEntry("token_use", "access");
    }

    @Test
    void minted_tokens_pass_access_and_id() {
        LocalCognito.Token access = cognito.mint(TokenRequest.of(Role.REGIONAL_ORGANISER, "ara", null, null));
        assertThat(access.expiresAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(access.claims()).containsEntry("client_id", CLIENT).containsEntry("token_use", "access")
                .containsEntry("custom:region", "ARA").containsEntry("sub", "regional-organiser-ara")
                .containsEntry("email", "regional-organiser-ara@example.org").doesNotContainKey("aud");
        assertThat(verify(access.token()).claims().orElseThrow())
                .containsEntry("cognito:groups", "[regional-organisers]");

        LocalCognito.Token id = cognito.mint(new TokenRequest(Set.of(Role.JUROR, Role.ORGANISER), null, "juror-1",
                null, Duration.ofMinutes(5), TokenRequest.ID));
        assertThat(id.claims()).containsEntry("aud", CLIENT).containsEntry("token_use", "id").doesNotContainKey("client_id");
        assertThat(verify(id.token()).claims().orElseThrow())
                .containsEntry("cognito:groups", "[organisers jurors]")
                .containsEntry("email_verified", "true")
                .containsEntry("exp", Long.toString(T + 300));
    }

    @Test
    void the_token_alone_or_after_bearer() {
        String token = signed(accessClaims());
        assertThat(authorizer.verify(Map.of("authorization", token), List.of()).allowed()).isTrue();
        assertThat(authorizer.verify(Map.of("authorization", "bearer " + token), List.of()).allowed()).isTrue();
        assertThat(authorizer.verify(Map.of(), List.of()).refusal()).isEqualTo("no authorization header");
        assertThat(authorizer.verify(Map.of("authorization", "Bearer "), List.of()).allowed()).isFalse();
        assertThat(authorizer.verify(Map.of("authorization", "Basic b3JnOnB3ZA=="), List.of()).allowed()).isFalse();
    }

    @Test
    void the_identity_source_names_the_header() {
        var custom = new JwtAuthorizer(new JwtAuthorizerConfig("X", "x-staff-token", ISSUER, List.of(CLIENT), List.of()),
                cognito.keys(), clock, JwtAuthorizer.NO_LEEWAY);
        String token = signed(accessClaims());
        assertThat(custom.verify(Map.of("x-staff-token", token), List.of()).allowed()).isTrue();
        assertThat(custom.verify(Map.of("authorization", "Bearer " + token), List.of()).allowed()).isFalse();
    }

    @Test
    void the_signature_must_be_the_issuers() throws Exception {
        ForeignKey other = ForeignKey.generate();
        String forged = other.sign(cognito.keyId(), accessClaims());
        assertThat(verify(forged).refusal()).isEqualTo("bad signature");

        assertThat(verify(cognito.sign(Map.of("kid", "another-key"), accessClaims())).allowed()).isFalse();
        String noKid = other.signWithoutKeyId(accessClaims());
        assertThat(verify(noKid).allowed()).isFalse();
    }

    @Test
    void no_algorithm_but_rs256() {
        String none = JWT.create().withKeyId(cognito.keyId()).withPayload(accessClaims()).sign(Algorithm.none());
        assertThat(verify(none).allowed()).isFalse();

        // the classic confusion: HMAC keyed with the issuer's public key
        String hmac = JWT.create().withKeyId(cognito.keyId()).withPayload(accessClaims())
                .sign(Algorithm.HMAC256(cognito.keys().get(cognito.keyId()).getEncoded()));
        assertThat(verify(hmac).allowed()).isFalse();
    }

    @Test
    void a_tampered_payload_breaks_the_signature() {
        String[] parts = signed(with("cognito:groups", List.of("jurors"))).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"jurors\"", "\"organisers\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertThat(verify(tampered).refusal()).isEqualTo("bad signature");
        assertThat(verify("not.a.jwt").allowed()).isFalse();
        assertThat(verify(parts[0] + "." + parts[1]).allowed()).isFalse();
    }

    @Test
    void the_issuer_must_be_the_configured_one() {
        assertThat(verify(signed(with("iss", ISSUER + "x"))).allowed()).isFalse();
        assertThat(verify(signed(with("iss", "https://cognito-idp.eu-west-3.amazonaws.com/eu-west-3_Other"))).allowed()).isFalse();
        assertThat(verify(signed(with("iss", null))).allowed()).isFalse();
    }

    @Test
    void aud_decides_when_present_else_client_id() {
        assertThat(verify(signed(with("client_id", "another-client"))).allowed()).isFalse();
        assertThat(verify(signed(with("client_id", null))).allowed()).as("neither aud nor client_id").isFalse();

        Map<String, Object> idLike = with("client_id", null);
        idLike.put("aud", CLIENT);
        assertThat(verify(signed(idLike)).allowed()).isTrue();
        idLike.put("aud", List.of("someone-else", CLIENT));
        assertThat(verify(signed(idLike)).allowed()).isTrue();

        Map<String, Object> both = accessClaims();
        both.put("aud", "someone-else");
        assertThat(verify(signed(both)).allowed()).as("a wrong aud is not saved by a right client_id").isFalse();
    }

    @Test
    void exp_must_be_after_now() {
        assertThat(verify(signed(with("exp", T + 1))).allowed()).isTrue();
        assertThat(verify(signed(with("exp", T))).allowed()).isFalse();
        assertThat(verify(signed(with("exp", T - 3600))).allowed()).isFalse();
        assertThat(verify(signed(with("exp", null))).allowed()).isFalse();
        assertThat(verify(signed(with("exp", "tomorrow"))).allowed()).isFalse();
    }

    @Test
    void nbf_and_iat_must_not_be_after_now() {
        assertThat(verify(signed(with("nbf", T))).allowed()).isTrue();
        assertThat(verify(signed(with("nbf", T + 1))).allowed()).isFalse();
        assertThat(verify(signed(with("iat", T))).allowed()).isTrue();
        assertThat(verify(signed(with("iat", T + 1))).allowed()).isFalse();
        assertThat(verify(signed(with("iat", null))).allowed()).as("iat is optional").isTrue();
    }

    @Test
    void a_leeway_when_asked_for() {
        var lenient = new JwtAuthorizer(config, cognito.keys(), clock, Duration.ofSeconds(60));
        assertThat(lenient.verify(Map.of("authorization", signed(with("exp", T - 30))), List.of()).allowed()).isTrue();
        assertThat(lenient.verify(Map.of("authorization", signed(with("nbf", T + 30))), List.of()).allowed()).isTrue();
        assertThat(lenient.verify(Map.of("authorization", signed(with("nbf", T + 90))), List.of()).allowed()).isFalse();
    }

    @Test
    void token_use_is_access_or_id() {
        assertThat(verify(signed(with("token_use", "refresh"))).allowed()).isFalse();
        assertThat(verify(signed(with("token_use", null))).allowed()).isFalse();
    }

    @Test
    void one_of_the_routes_scopes() {
        String token = signed(accessClaims());
        assertThat(authorizer.verify(Map.of("authorization", token), List.of("aws.cognito.signin.user.admin", "x")).allowed()).isTrue();
        assertThat(authorizer.verify(Map.of("authorization", token), List.of("candidatures/admin")).allowed()).isFalse();
        String scp = signed(with("scope", null));
        assertThat(authorizer.verify(Map.of("authorization", scp), List.of("candidatures/admin")).allowed()).isFalse();
        Map<String, Object> withScp = with("scope", null);
        withScp.put("scp", List.of("candidatures/read", "candidatures/admin"));
        assertThat(authorizer.verify(Map.of("authorization", signed(withScp)), List.of("candidatures/admin")).allowed()).isTrue();
    }

    @Test
    void the_template_gives_issuer_audience_header_and_validity() {
        SamTemplate template = SamTemplate.load(ProjectRoot.locate().resolve("template.yaml"));
        LocalNames names = new LocalNames(template, Emulators.REGION);

        Map<String, JwtAuthorizerConfig> configs = JwtAuthorizerConfig.fromTemplate(template, names);

        assertThat(configs).containsOnlyKeys("CognitoJwt");
        JwtAuthorizerConfig jwt = configs.get("CognitoJwt");
        assertThat(jwt.issuer()).isEqualTo("https://cognito-idp." + Emulators.REGION + ".amazonaws.com/"
                + names.ref("OrganisersUserPool"));
        assertThat(jwt.audiences()).containsExactly(names.ref("OrganisersUserPoolClient"));
        assertThat(jwt.identityHeader()).isEqualTo("authorization");
        LocalCognito local = LocalCognito.forAuthorizer(jwt, template, names, clock);
        assertThat(local.validity(TokenRequest.ACCESS)).isEqualTo(Duration.ofHours(1));
        assertThat(local.validity(TokenRequest.ID)).isEqualTo(Duration.ofHours(1));
        assertThat(local.clientId()).isEqualTo(names.ref("OrganisersUserPoolClient"));
    }
}
