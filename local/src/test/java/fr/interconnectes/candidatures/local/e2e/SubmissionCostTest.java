package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpServer;
import fr.interconnectes.candidatures.functions.candidacies.SubmitCandidacyHandler;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalRuntime;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
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
    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te");

    @Test
    void a_submission_costs_a_handful_of_single_item_calls() throws Exception {
        TestEmulators backend = TestEmulators.get();
        E2e e2e = new E2e(backend.apiUrl());
        var dossier = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("cost")));
        Applicants.attach(e2e.api(), dossier, "dossier.pdf", "application/pdf", Applicants.pdf());

        List<String> operations = new CopyOnWriteArrayList<>();
        HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String dynamoDb = backend.environment().get("AWS_ENDPOINT_URL_DYNAMODB");
        HttpServer proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                operations.add(target == null ? "?" : target.substring(target.indexOf('.') + 1));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dynamoDb + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(),
                                HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                        values.forEach(value -> request.header(name, value));
                    }
                });
                HttpResponse<byte[]> response = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                response.headers().map().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        });
        proxy.start();
        try {
            Map<String, String> environment = new HashMap<>(backend.backend().deployment().functions()
                    .get("SubmitCandidacyFunction").environment());
            environment.put("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:" + proxy.getAddress().getPort());
            SubmitCandidacyHandler handler = LocalRuntime.runWith(environment, SubmitCandidacyHandler::new);

            APIGatewayV2HTTPResponse first = LocalRuntime.runWith(environment, () -> handler.handleRequest(submit(dossier), null));
            List<String> firstCalls = List.copyOf(operations);
            operations.clear();
            APIGatewayV2HTTPResponse again = LocalRuntime.runWith(environment, () -> handler.handleRequest(submit(dossier), null));
            List<String> repeatedCalls = List.copyOf(operations);

            assertThat(first.getStatusCode()).as(first.getBody()).isEqualTo(200);
            assertThat(again.getStatusCode()).isEqualTo(200);
            System.out.printf("DynamoDB calls for a first submission: %d %s; for a repeated one: %d %s%n",
                    firstCalls.size(), tally(firstCalls), repeatedCalls.size(), tally(repeatedCalls));
            assertThat(firstCalls).contains("GetItem", "UpdateItem", "PutItem").doesNotContain("Scan", "Query");
            assertThat(firstCalls).hasSizeLessThanOrEqualTo(FIRST_SUBMISSION_BUDGET);
            assertThat(repeatedCalls).hasSizeLessThanOrEqualTo(REPEATED_SUBMISSION_BUDGET).doesNotContain("PutItem", "UpdateItem");
        } finally {
            proxy.stop(0);
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
