package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/who-am-i.json}, through the handler. */
class WhoAmIHandlerTest {

    private final WhoAmIHandler handler = new WhoAmIHandler();

    @ParameterizedTest
    @Event(value = "../events/who-am-i.json", type = APIGatewayV2HTTPEvent.class)
    void the_caller_is_described_as_their_claims_say(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Cache-Control", "no-store");
        var json = body(response);
        assertThat(json.get("sub").asText()).isEqualTo("8a1f4c2e-5b7d-4e0a-9c3b-2d6e8f0a1b2c");
        assertThat(json.get("email").asText()).isEqualTo("claire.martin@example.org");
        assertThat(json.get("roles").toString()).isEqualTo("[\"regional-organiser\",\"juror\"]");
        assertThat(json.get("region").asText()).isEqualTo("ARA");
    }

    @ParameterizedTest
    @Event(value = "../events/who-am-i.json", type = APIGatewayV2HTTPEvent.class)
    void what_the_token_does_not_carry_is_left_out(APIGatewayV2HTTPEvent event) {
        var claims = AdminEvents.claims(event);
        claims.remove("email");
        claims.remove("custom:region");
        claims.put("cognito:groups", "[jurors]");

        var json = body(invoke(handler, event));

        assertThat(json.has("email")).isFalse();
        assertThat(json.has("region")).isFalse();
        assertThat(json.get("roles").toString()).isEqualTo("[\"juror\"]");
    }

    @ParameterizedTest
    @Event(value = "../events/who-am-i.json", type = APIGatewayV2HTTPEvent.class)
    void without_claims_nobody_is_signed_in(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, AdminEvents.signedOut(event));

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(errorCode(response)).isEqualTo("not_signed_in");
        assertThat(response.getHeaders()).containsEntry("WWW-Authenticate", "Bearer");
    }
}
