package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import fr.interconnectes.candidatures.http.gateway.TableStreamEvent;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

/** The local stand-in for a table's stream: who is subscribed (read from the template), and what they are handed. */
class LocalTableStreamTest {

    static final List<List<String>> BATCHES = new CopyOnWriteArrayList<>();

    /** A stream function: records the keys of each batch, and hands back the first record of each. */
    public static final class StreamHandler implements RequestStreamHandler {

        public StreamHandler() {
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws java.io.IOException {
            TableStreamEvent event = TableStreamEvent.read(input);
            BATCHES.add(event.records().stream().map(change -> change.keys().get("PK")).toList());
            output.write(("{\"batchItemFailures\": [{\"itemIdentifier\": \""
                    + event.records().get(0).sequenceNumber() + "\"}]}").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String TEMPLATE = """
            Resources:
              Table:
                Type: AWS::DynamoDB::Table
              Queue:
                Type: AWS::SQS::Queue
              StreamFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.interconnectes.candidatures.local.runtime.LocalTableStreamTest$StreamHandler::handleRequest
              OtherFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.interconnectes.candidatures.local.runtime.LocalTableStreamTest$StreamHandler::handleRequest
              TableStream:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref StreamFunction.Alias
                  EventSourceArn: !GetAtt Table.StreamArn
                  StartingPosition: LATEST
                  BatchSize: 2
                  FilterCriteria:
                    Filters:
                      - Pattern: '{"dynamodb": {"Keys": {"SK": {"S": ["CANDIDACY"]}}}}'
              QueueSource:
                Type: AWS::Lambda::EventSourceMapping
                Properties:
                  FunctionName: !Ref OtherFunction
                  EventSourceArn: !GetAtt Queue.Arn
            """;

    private final LocalDeployment deployment = LocalDeployment.of(SamTemplate.parse(new StringReader(TEMPLATE)),
            new LocalNames(SamTemplate.parse(new StringReader(TEMPLATE)), "eu-west-3"), Map.of());

    private static LocalTableStream.Item dossier(String id) {
        return new LocalTableStream.Item(Map.of("PK", "CANDIDACY#" + id, "SK", "CANDIDACY"), Map.of("GSI3PK", "OUTBOX"));
    }

    @Test
    void the_functions_a_mapping_subscribes_to_a_tables_stream_are_read_with_its_batch_size_filter_and_no_queues() {
        assertThat(deployment.streamSubscriptions()).singleElement().satisfies(subscription -> {
            assertThat(subscription.function().logicalId()).isEqualTo("StreamFunction");
            assertThat(subscription.batchSize()).isEqualTo(2);
            assertThat(subscription.filterPatterns()).containsExactly("{\"dynamodb\": {\"Keys\": {\"SK\": {\"S\": [\"CANDIDACY\"]}}}}");
        });
    }

    @Test
    void after_a_writing_request_the_items_go_in_batches_of_the_mappings_size_and_a_read_brings_nothing() {
        BATCHES.clear();
        LocalTableStream stream = new LocalTableStream(deployment.streamSubscriptions(),
                () -> List.of(dossier("c1"), dossier("c2"), dossier("c3")));

        stream.afterRequest("GET");
        stream.afterRequest("HEAD");
        assertThat(BATCHES).isEmpty();

        // the records handed back are only logged: the next write, or the retry job, brings those dossiers again
        stream.afterRequest("POST");
        assertThat(BATCHES).containsExactly(List.of("CANDIDACY#c1", "CANDIDACY#c2"), List.of("CANDIDACY#c3"));

        stream.afterRequest("PUT");
        assertThat(BATCHES).hasSize(4);
    }

    @Test
    void each_subscription_is_handed_what_its_own_source_brings_and_one_without_a_source_nothing() {
        BATCHES.clear();
        LocalTableStream.bySubscription(deployment.streamSubscriptions(), subscription -> null).afterRequest("POST");
        assertThat(BATCHES).isEmpty();

        LocalTableStream.bySubscription(deployment.streamSubscriptions(), subscription -> () -> List.of(dossier("c9")))
                .afterRequest("POST");
        assertThat(BATCHES).containsExactly(List.of("CANDIDACY#c9"));
    }

    @Test
    void with_nothing_due_no_function_is_invoked() {
        BATCHES.clear();
        LocalFunction function = deployment.streamSubscriptions().get(0).function();
        long before = function.invocations();

        new LocalTableStream(deployment.streamSubscriptions(), List::of).afterRequest("POST");

        assertThat(function.invocations()).isEqualTo(before);
        assertThat(BATCHES).isEmpty();
    }
}
