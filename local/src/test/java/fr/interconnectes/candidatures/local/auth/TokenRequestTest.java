package fr.interconnectes.candidatures.local.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.domain.access.Role;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The body of POST /local/tokens. */
class TokenRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static TokenRequest parse(String body) throws Exception {
        return TokenRequest.parse(JSON.readTree(body));
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }

    @Test
    void a_role_and_the_defaults() throws Exception {
        TokenRequest request = parse("{\"role\": \"organiser\"}");

        assertThat(request.roles()).containsExactly(Role.ORGANISER);
        assertThat(request.sub()).isEqualTo("organiser");
        assertThat(request.email()).isEqualTo("organiser@example.org");
        assertThat(request.region()).isNull();
        assertThat(request.ttl()).isNull();
        assertThat(request.tokenUse()).isEqualTo("access");
    }

    @Test
    void everything_given() throws Exception {
        TokenRequest request = parse("{\"role\": \"regional-organiser\", \"region\": \"ara\", \"sub\": \"u-42\","
                + " \"email\": \"claire@example.org\", \"ttlSeconds\": 60, \"tokenUse\": \"id\"}");

        assertThat(request.roles()).containsExactly(Role.REGIONAL_ORGANISER);
        assertThat(request.region()).isEqualTo("ARA");
        assertThat(request.sub()).isEqualTo("u-42");
        assertThat(request.email()).isEqualTo("claire@example.org");
        assertThat(request.ttl()).isEqualTo(Duration.ofSeconds(60));
        assertThat(request.tokenUse()).isEqualTo("id");
    }

    @Test
    void several_roles() throws Exception {
        assertThat(parse("{\"role\": [\"juror\", \"organiser\"]}").roles())
                .containsExactlyInAnyOrder(Role.ORGANISER, Role.JUROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{}",
            "{\"role\": null}",
            "{\"role\": \"admin\"}",
            "{\"role\": []}",
            "{\"role\": 3}",
            "{\"role\": \"regional-organiser\"}",
            "{\"role\": \"regional-organiser\", \"region\": \"Auvergne\"}",
            "{\"role\": \"juror\", \"ttlSeconds\": 0}",
            "{\"role\": \"juror\", \"ttlSeconds\": 86401}",
            "{\"role\": \"juror\", \"ttlSeconds\": 1.5}",
            "{\"role\": \"juror\", \"ttlSeconds\": \"60\"}",
            "{\"role\": \"juror\", \"email\": \"not an address\"}",
            "{\"role\": \"juror\", \"sub\": \"\"}",
            "{\"role\": \"juror\", \"tokenUse\": \"refresh\"}",
            "{\"role\": \"juror\", \"regoin\": \"ARA\"}",
            "[\"juror\"]"})
    void refused(String body) {
        assertThatThrownBy(() -> parse(body)).isInstanceOf(TokenRequest.Invalid.class);
    }

    @Test
    void every_problem_at_once() throws Exception {
        assertThatThrownBy(() -> TokenRequest.parse(json("{\"role\": \"regional-organiser\", \"ttlSeconds\": -1, \"x\": 1}")))
                .isInstanceOfSatisfying(TokenRequest.Invalid.class, e -> assertThat(e.problems()).hasSize(3));
        assertThatThrownBy(() -> TokenRequest.parse(null)).isInstanceOf(TokenRequest.Invalid.class);
    }
}
