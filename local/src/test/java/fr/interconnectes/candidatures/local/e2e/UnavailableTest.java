package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.functions.campaigns.GetCampaignHandler;
import fr.interconnectes.candidatures.functions.candidacies.CreateCandidacyHandler;
import fr.interconnectes.candidatures.local.emulator.FreePort;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalRuntime;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DynamoDB out of reach: a clear 503 with Retry-After, no stack trace, nothing written. */
class UnavailableTest {

    /** A function as deployed (its template environment) but with one variable changed, run on {@code event}. */
    private static APIGatewayV2HTTPResponse runWith(String function, String variable, String value,
                                                    java.util.function.Supplier<? extends HttpFunction> handler,
                                                    String routeKey, Map<String, String> pathParameters,
                                                    Map<String, String> headers, String body) {
        Map<String, String> environment = new HashMap<>(TestEmulators.get().backend().deployment().functions()
                .get(function).environment());
        environment.put(variable, value);
        HttpFunction deployed = LocalRuntime.runWith(environment, handler);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey(routeKey)
                .withHeaders(headers)
                .withPathParameters(pathParameters)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(routeKey.substring(0, routeKey.indexOf(' '))).build())
                        .build())
                .build();
        return LocalRuntime.runWith(environment, () -> deployed.handleRequest(event, null));
    }

    private static void unavailable(APIGatewayV2HTTPResponse response, String hidden) throws Exception {
        assertThat(response.getStatusCode()).isEqualTo(503);
        assertThat(response.getHeaders()).containsEntry("Retry-After", "5");
        assertThat(Api.JSON.readTree(response.getBody()).at("/error/code").asText()).isEqualTo("service_unavailable");
        assertThat(response.getBody()).doesNotContain("Exception").doesNotContain(hidden);
    }

    @Test
    void a_create_while_dynamodb_is_down_answers_503_with_retry_after() throws Exception {
        var response = runWith("CreateCandidacyFunction", "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + FreePort.find(),
                CreateCandidacyHandler::new, "POST /campaigns/{campaignId}/candidacies",
                Map.of("campaignId", "aura-2027-label"), Map.of("content-type", "application/json", "accept-language", "en"),
                Applicants.labelForm("down@mairie-test.fr").toString());

        unavailable(response, "127.0.0.1");
        assertThat(Api.JSON.readTree(response.getBody()).at("/error/message").asText())
                .startsWith("Service temporarily unavailable");
    }

    @Test
    void a_read_of_a_table_that_does_not_exist_answers_503_not_500() throws Exception {
        var response = runWith("GetCampaignFunction", "TABLE_NAME", "no-such-table", GetCampaignHandler::new,
                "GET /campaigns/{campaignId}", Map.of("campaignId", "aura-2027-label"), Map.of(), null);

        unavailable(response, "no-such-table");
    }
}
