package fr.interconnectes.candidatures.local.e2e;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.functions.candidacies.SubmitCandidacyHandler;
import fr.interconnectes.candidatures.local.it.RecordingDynamoDbProxy;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalRuntime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * What a submission costs in DynamoDB calls, measured: the submit function as deployed talks to dynalite
 * through a proxy that records each call's operation. Prints the figures; fails if the cost grows.
 */
class SubmissionCostTest {

    /**
     * DynamoDB operations a first submission may use, at most: 6, and since the campaign counters 2 more, the read
     * and the conditional update of the dossier's counter shard (a submission changes what the dossier counts in).
     */
    static final int FIRST_SUBMISSION_BUDGET = 8;
    static final int REPEATED_SUBMISSION_BUDGET = 2;

    @Test
    void a_submission_costs_a_handful_of_single_item_calls() throws Exception {
        TestEmulators backend = TestEmulators.get();
        E2e e2e = new E2e(backend.apiUrl());
        var dossier = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("cost")));
        Applicants.attach(e2e.api(), dossier, "dossier.pdf", "application/pdf", Applicants.pdf());

        try (RecordingDynamoDbProxy proxy = new RecordingDynamoDbProxy(backend.environment().get("AWS_ENDPOINT_URL_DYNAMODB"))) {
            Map<String, String> environment = new HashMap<>(backend.backend().deployment().functions()
                    .get("SubmitCandidacyFunction").environment());
            environment.put("AWS_ENDPOINT_URL_DYNAMODB", proxy.endpoint());
            SubmitCandidacyHandler handler = LocalRuntime.runWith(environment, SubmitCandidacyHandler::new);

            APIGatewayV2HTTPResponse first = LocalRuntime.runWith(environment, () -> invoke(handler, submit(dossier)));
            List<String> firstCalls = proxy.operations();
            proxy.clear();
            APIGatewayV2HTTPResponse again = LocalRuntime.runWith(environment, () -> invoke(handler, submit(dossier)));
            List<String> repeatedCalls = proxy.operations();

            assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(200);
            assertThat(again.getStatusCode()).isEqualTo(200);
            System.out.printf("DynamoDB calls for a first submission: %d %s; for a repeated one: %d %s%n",
                    firstCalls.size(), tally(firstCalls), repeatedCalls.size(), tally(repeatedCalls));
            // the receipt counter and the dossier: both UpdateItems, so the function sets up one write operation
            assertThat(firstCalls).contains("GetItem").doesNotContain("Scan", "Query", "PutItem");
            assertThat(firstCalls).filteredOn("UpdateItem"::equals).hasSize(2);
            assertThat(firstCalls).hasSizeLessThanOrEqualTo(FIRST_SUBMISSION_BUDGET);
            assertThat(repeatedCalls).hasSizeLessThanOrEqualTo(REPEATED_SUBMISSION_BUDGET).doesNotContain("PutItem", "UpdateItem");
        }
    }

    private static Map<String, Long> tally(List<String> operations) {
        return operations.stream().collect(Collectors.groupingBy(o -> o, java.util.TreeMap::new, Collectors.counting()));
    }

    private static APIGatewayV2HTTPEvent submit(Applicants.Dossier dossier) {
        return APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /candidacies/{candidacyId}/submit")
                .withHeaders(Map.of("authorization", dossier.auth()))
                .withPathParameters(Map.of("candidacyId", dossier.id()))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST").build())
                        .build())
                .build();
    }
}
