package fr.interconnectes.candidatures.functions;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;

/** What every HTTP handler inherits, on the sample events: the request it is handed, and how it answers a failure. */
class HttpFunctionTest {

    /** Keeps the request it is handed and answers as the test says. */
    private static final class RecordingFunction extends HttpFunction {

        private ApiRequest received;
        private Function<ApiRequest, ApiResponse> answer = request -> ApiResponse.json(200, Map.of("handled", true),
                Map.of("ETag", "\"7\""));

        @Override
        protected ApiResponse handle(ApiRequest request) {
            received = request;
            return answer.apply(request);
        }
    }

    private final RecordingFunction function = new RecordingFunction();

    private APIGatewayV2HTTPResponse failingWith(RuntimeException failure, APIGatewayV2HTTPEvent event) {
        function.answer = request -> {
            throw failure;
        };
        return invoke(function, event);
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void the_request_is_read_from_the_event_and_the_answer_passed_back_as_it_is(APIGatewayV2HTTPEvent event) {
        var response = invoke(function, event);

        ApiRequest request = function.received;
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/campaigns/aura-2027-label/access-links");
        assertThat(request.pathParameter("campaignId")).contains("aura-2027-label");
        assertThat(request.requestId()).isEqualTo("Q1w2E3r4T5y6U7i=");
        assertThat(request.header("Content-Type")).contains("application/json");
        assertThat(request.body()).isEqualTo("{\"email\": \"elise.martin@grandannecy.fr\"}");
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("ETag", "\"7\"")
                .containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("handled").asBoolean()).isTrue();
        assertThat(response.getIsBase64Encoded()).isFalse();
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void a_body_api_gateway_encoded_in_base64_is_handed_over_decoded_as_utf8(APIGatewayV2HTTPEvent event) {
        String sent = "{\"email\": \"élise.martin@grandannecy.fr\"}";
        event.setBody(Base64.getEncoder().encodeToString(sent.getBytes(StandardCharsets.UTF_8)));
        event.setIsBase64Encoded(true);

        invoke(function, event);

        assertThat(function.received.body()).isEqualTo(sent);
    }

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_request_without_body_is_handed_over_without_one(APIGatewayV2HTTPEvent event) {
        event.setIsBase64Encoded(true);

        invoke(function, event);

        assertThat(function.received.body()).isNull();
    }

    @ParameterizedTest
    @Event(value = "../events/who-am-i.json", type = APIGatewayV2HTTPEvent.class)
    void the_claims_the_jwt_authorizer_verified_are_handed_over(APIGatewayV2HTTPEvent event) {
        invoke(function, event);

        assertThat(function.received.claims())
                .containsEntry("sub", "8a1f4c2e-5b7d-4e0a-9c3b-2d6e8f0a1b2c")
                .containsEntry("cognito:groups", "[regional-organisers jurors]")
                .containsEntry("custom:region", "ARA")
                .containsEntry("email", "claire.martin@example.org");
    }

    @ParameterizedTest
    @Event(value = "../events/who-am-i.json", type = APIGatewayV2HTTPEvent.class)
    void an_authorizer_without_claims_hands_over_none(APIGatewayV2HTTPEvent event) {
        event.getRequestContext().getAuthorizer().getJwt().setClaims(null);

        invoke(function, event);

        assertThat(function.received.claims()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void a_public_route_has_no_claims(APIGatewayV2HTTPEvent event) {
        invoke(function, event);

        assertThat(function.received.claims()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void without_request_context_the_raw_path_is_the_path(APIGatewayV2HTTPEvent event) {
        event.setRequestContext(null);

        invoke(function, event);

        assertThat(function.received.path()).isEqualTo("/campaigns/aura-2019-label");
        assertThat(function.received.method()).isNull();
        assertThat(function.received.claims()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_unexpected_failure_is_an_internal_error_that_tells_nothing_of_the_code(APIGatewayV2HTTPEvent event) {
        var response = failingWith(new IllegalStateException("table candidatures-prod: no item at key CAMPAIGN#x",
                new NullPointerException("projectTitle")), event);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(errorCode(response)).isEqualTo("internal_error");
        assertThat(body(response).at("/error/message").asText()).isEqualTo("Une erreur interne est survenue.");
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Content-Language", "fr");
        assertThat(response.getBody()).doesNotContain("Exception", "java.", "fr.interconnectes", "candidatures-prod",
                "CAMPAIGN#", "projectTitle", "\tat ", ".java:");
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void an_english_reader_is_told_of_the_internal_error_in_english(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("accept-language", "en-US,en;q=0.9");

        var response = failingWith(new IllegalArgumentException("bad"), event);

        assertThat(response.getStatusCode()).isEqualTo(500);
        assertThat(body(response).at("/error/message").asText()).isEqualTo("An internal error occurred.");
        assertThat(response.getHeaders()).containsEntry("Content-Language", "en");
    }

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_refusal_is_answered_with_its_status_code_and_message_in_the_readers_language(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("accept-language", "en");

        var response = failingWith(new DomainException(ErrorCode.CANDIDACY_NOT_FOUND), event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("candidacy_not_found");
        assertThat(body(response).at("/error/message").asText()).isEqualTo("Dossier not found, or invalid access token.");
    }

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_dependency_that_is_down_is_answered_as_such_with_when_to_retry(APIGatewayV2HTTPEvent event) {
        var response = failingWith(new Unavailable("dynamodb", new RuntimeException("throttled")), event);

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(errorCode(response)).isEqualTo("service_unavailable");
        assertThat(response.getHeaders()).containsEntry("Retry-After", "5");
        assertThat(response.getBody()).doesNotContain("dynamodb", "throttled");
    }
}
