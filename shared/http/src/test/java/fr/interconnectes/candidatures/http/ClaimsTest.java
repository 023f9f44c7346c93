package fr.interconnectes.candidatures.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ClaimsTest {

    /** The claims of a Cognito access token as API Gateway's JWT authorizer hands them to the function. */
    private static Map<String, String> apiGatewayClaims() {
        Map<String, String> claims = new HashMap<>();
        claims.put("sub", "8a1f4c2e-5b7d-4e0a-9c3b-2d6e8f0a1b2c");
        claims.put("cognito:groups", "[regional-organisers jurors]");
        claims.put("custom:region", "ARA");
        claims.put("email", "claire.martin@example.org");
        claims.put("token_use", "access");
        claims.put("exp", "1823526192");
        claims.put("iat", "1823522592");
        return claims;
    }

    @Test
    void a_principal_from_the_claims_api_gateway_passes() {
        Principal principal = Claims.principal(apiGatewayClaims()).orElseThrow();

        assertThat(principal.sub()).isEqualTo("8a1f4c2e-5b7d-4e0a-9c3b-2d6e8f0a1b2c");
        assertThat(principal.email()).isEqualTo("claire.martin@example.org");
        assertThat(principal.roles()).containsExactly(Role.REGIONAL_ORGANISER, Role.JUROR);
        assertThat(principal.region()).isEqualTo("ARA");
        assertThat(principal.has(Role.JUROR)).isTrue();
        assertThat(principal.has(Role.ORGANISER)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "[organisers jurors]",            // API Gateway HTTP API: a JSON array rendered as [a b]
            "[ organisers   jurors ]",
            "[\"organisers\",\"jurors\"]",    // a JSON array
            "[\"organisers\", \"jurors\"]",
            "organisers,jurors",              // plain lists
            "organisers, jurors",
            "organisers jurors",
            "[organisers,jurors]",
            "organisers jurors organisers"})  // duplicates once
    void every_form_of_the_groups_claim(String groups) {
        assertThat(Claims.groups(groups)).containsExactly("organisers", "jurors");
    }

    @Test
    void one_group_and_no_group() {
        assertThat(Claims.groups("[organisers]")).containsExactly("organisers");
        assertThat(Claims.groups("[\"jurors\"]")).containsExactly("jurors");
        assertThat(Claims.groups("regional-organisers")).containsExactly("regional-organisers");
        assertThat(Claims.groups("[]")).isEmpty();
        assertThat(Claims.groups("  ")).isEmpty();
        assertThat(Claims.groups(null)).isEmpty();
    }

    @Test
    void groups_map_to_roles_and_unknown_groups_give_none() {
        Map<String, String> claims = apiGatewayClaims();
        claims.put("cognito:groups", "[organisers admins eu-west-3_AbC_Google]");

        assertThat(Claims.principal(claims).orElseThrow().roles()).containsExactly(Role.ORGANISER);

        claims.put("cognito:groups", "[jurors regional-organisers organisers]");
        assertThat(Claims.principal(claims).orElseThrow().roles())
                .containsExactly(Role.ORGANISER, Role.REGIONAL_ORGANISER, Role.JUROR);
    }

    @Test
    void role_names() {
        assertThat(List.of(Role.values())).extracting(Role::code)
                .containsExactly("organiser", "regional-organiser", "juror");
        assertThat(List.of(Role.values())).extracting(Role::group)
                .containsExactly("organisers", "regional-organisers", "jurors");
        assertThat(Role.ofCode("regional-organiser")).contains(Role.REGIONAL_ORGANISER);
        assertThat(Role.ofCode("admin")).isEmpty();
    }

    @Test
    void the_region_is_an_iso_3166_2_code_upper_cased() {
        Map<String, String> claims = apiGatewayClaims();
        claims.put("custom:region", " ara ");
        assertThat(Claims.principal(claims).orElseThrow().region()).isEqualTo("ARA");

        claims.put("custom:region", "20R");
        assertThat(Claims.principal(claims).orElseThrow().region()).isEqualTo("20R");

        claims.put("custom:region", "Auvergne-Rhône-Alpes");
        assertThat(Claims.principal(claims).orElseThrow().region()).as("not a code: no region").isNull();

        claims.remove("custom:region");
        assertThat(Claims.principal(claims).orElseThrow().region()).isNull();
    }

    @Test
    void missing_claims() {
        Map<String, String> claims = apiGatewayClaims();
        claims.remove("email");
        claims.remove("cognito:groups");
        claims.remove("custom:region");

        Principal principal = Claims.principal(claims).orElseThrow();

        assertThat(principal.email()).isNull();
        assertThat(principal.roles()).isEmpty();
        assertThat(principal.region()).isNull();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void no_sub_no_principal(String sub) {
        Map<String, String> claims = apiGatewayClaims();
        claims.put("sub", sub);

        assertThat(Claims.principal(claims)).isEmpty();
        assertThatThrownBy(() -> Claims.requirePrincipal(claims))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_SIGNED_IN));
    }

    @Test
    void no_claims_at_all() {
        assertThat(Claims.principal(null)).isEmpty();
        assertThat(Claims.principal(Map.of())).isEmpty();
        assertThat(ErrorResponses.status(ErrorCode.NOT_SIGNED_IN)).isEqualTo(401);
    }

    @Test
    void the_request_carries_the_claims() {
        Map<String, String> claims = apiGatewayClaims();
        claims.put("nothing", null);
        ApiRequest request = new ApiRequest("GET", "/admin/me", null, null, null, null, "r-1", claims);

        assertThat(request.claim("custom:region")).contains("ARA");
        assertThat(request.claims()).doesNotContainKey("nothing");
        assertThat(new ApiRequest("GET", "/campaigns", null, null, null, null, "r-2").claims()).isEmpty();
    }
}
