package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.config.Priming;
import fr.interconnectes.candidatures.local.it.RecordingDynamoDbProxy;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalFunction;
import fr.interconnectes.candidatures.local.runtime.LocalRuntime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crac.Resource;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * SnapStart's priming (each function's {@code beforeCheckpoint}) on the real emulators: it runs the handler's path,
 * reads included, and changes nothing: no item written, no mail sent, whatever the function.
 */
class PrimingTest {

    private static final Set<String> WRITES = Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem",
            "TransactWriteItems");

    private final TestEmulators backend = TestEmulators.get();

    @Test
    void priming_every_function_reads_but_writes_no_item_and_sends_no_mail() throws Exception {
        Applicants.create(new Api(backend.apiUrl()), "aura-2027-label",
                Applicants.labelForm(Applicants.uniqueEmail("priming")));   // some data for the jobs to find
        int items = itemCount();
        int mails = backend.mails().size();
        try (RecordingDynamoDbProxy proxy = new RecordingDynamoDbProxy(backend.environment().get("AWS_ENDPOINT_URL_DYNAMODB"))) {
            Map<String, List<String>> calls = new HashMap<>();
            for (LocalFunction function : backend.backend().deployment().functions().values()) {
                Map<String, String> environment = new HashMap<>(function.environment());
                environment.put("AWS_ENDPOINT_URL_DYNAMODB", proxy.endpoint());
                LocalRuntime.runWith(environment, () -> {
                    Resource handler = newHandler(function);
                    proxy.clear();
                    try {
                        handler.beforeCheckpoint(null);
                    } catch (Exception e) {
                        throw new AssertionError(function.logicalId() + " failed to prime", e);
                    }
                    calls.put(function.logicalId(), proxy.operations());
                    return null;
                });
            }

            assertThat(calls).allSatisfy((function, operations) ->
                    assertThat(operations).as(function + " primed").doesNotContainAnyElementsOf(WRITES));
            assertThat(calls.get("GetCampaignFunction")).as("GetCampaign primed its read").contains("GetItem");
            assertThat(calls.get("CreateCandidacyFunction")).as("CreateCandidacy primed its read").contains("GetItem");
            assertThat(calls.get("SubmitCandidacyFunction")).as("SubmitCandidacy primed its read").contains("GetItem");
            assertThat(calls.get("ListCandidaciesFunction")).as("ListCandidacies primed its read").isNotEmpty();
            assertThat(calls.get("DeliverRecordedMailsFunction")).as("the stream function read the dossier it names")
                    .contains("GetItem");
        }
        assertThat(itemCount()).as("items in the table").isEqualTo(items);
        assertThat(backend.mails()).as("mails sent").hasSize(mails);
    }

    @Test
    void while_priming_the_clients_refuse_any_write() {
        var dynamoDb = backend.aws().dynamoDb();
        Map<String, AttributeValue> item = Map.of("PK", AttributeValue.fromS("PRIMING#probe"),
                "SK", AttributeValue.fromS("PRIMING"));

        assertThatThrownBy(() -> Priming.run(() -> dynamoDb.putItem(r -> r.tableName(backend.tableName()).item(item))))
                .hasMessageContaining("refused while priming").hasMessageContaining("PutItem");
        assertThat(dynamoDb.getItem(r -> r.tableName(backend.tableName()).key(item).consistentRead(true)).hasItem())
                .isFalse();
    }

    private static Resource newHandler(LocalFunction function) {
        try {
            return (Resource) Class.forName(function.handlerClass()).getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private int itemCount() {
        return backend.aws().dynamoDb().scan(r -> r.tableName(backend.tableName()).select("COUNT")).count();
    }
}
