package fr.interconnectes.candidatures.local.e2e;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import fr.interconnectes.candidatures.functions.candidacies.CreateCandidacyHandler;
import fr.interconnectes.candidatures.local.emulator.FreePort;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalRuntime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DynamoDB out of reach: a clear 503 with Retry-After, no stack trace, nothing written. */
class UnavailableTest {

    @Test
    void a_create_while_dynamodb_is_down_answers_503_with_retry_after() throws Exception {
        TestEmulators backend = TestEmulators.get();
        Map<String, String> environment = new HashMap<>(backend.backend().deployment().functions()
                .get("CreateCandidacyFunction").environment());
        environment.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + FreePort.find());
        CreateCandidacyHandler handler = LocalRuntime.runWith(environment, CreateCandidacyHandler::new);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /campaigns/{campaignId}/candidacies")
                .withHeaders(Map.of("content-type", "application/json", "accept-language", "en"))
                .withPathParameters(Map.of("campaignId", "aura-2027-label"))
                .withBody(Applicants.labelForm("down@mairie-test.fr").toString())
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").build())
                        .build())
                .build();

        var response = LocalRuntime.runWith(environment, () -> invoke(handler, event));

        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "5");
        var body = Api.JSON.readTree(response.getBody());
        assertThat(body.at("/error/code").asText()).isEqualTo("service_unavailable");
        assertThat(body.at("/error/message").asText()).startsWith("Service temporarily unavailable");
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain("127.0.0.1");
    }
}
