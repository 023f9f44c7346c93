package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The correlation id end to end, over the local API and real DynamoDB: the request id API Gateway answers
 * ({@code apigw-requestid}) is the one the submission's confirmation is stored with, so the outbox, sending it now or
 * later, logs it under that id.
 */
class CorrelationTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    @Test
    void the_confirmation_is_stored_with_the_request_id_of_the_submission() throws Exception {
        var dossier = Applicants.create(api, "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("correlation")));
        Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());

        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String requestId = submitted.header("apigw-requestid");
        assertThat(requestId).isNotBlank();
        Map<String, AttributeValue> item = backend.aws().dynamoDb().getItem(r -> r.tableName(backend.tableName())
                .key(Map.of("PK", AttributeValue.fromS("CANDIDACY#" + dossier.id()),
                        "SK", AttributeValue.fromS("CANDIDACY"))).consistentRead(true)).item();
        JsonNode document = Api.JSON.readTree(item.get("data").s());
        assertThat(document.at("/outbox/0/kind").asText()).isEqualTo("confirmation");
        assertThat(document.at("/outbox/0/requestId").asText()).isEqualTo(requestId);
        assertThat(item.get("schemaVersion").n()).isEqualTo("3");
    }
}
