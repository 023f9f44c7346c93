package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.port.JobCheckpoints;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A job's checkpoint as one item of the single table: {@code PK = JOB#name}, {@code SK = CHECKPOINT}, with the
 * campaign, the cursor and two instants as plain attributes (no document: nothing personal, nothing nested).
 */
public record DynamoDbJobCheckpoints(DynamoDbClient dynamoDb, String tableName) implements JobCheckpoints {

    private static Map<String, AttributeValue> key(String job) {
        return Map.of("PK", AttributeValue.fromS("JOB#" + job), "SK", AttributeValue.fromS("CHECKPOINT"));
    }

    @Override
    public Optional<Checkpoint> find(String job) {
        return table().get(key(job)).map(item -> new Checkpoint(job,
                item.get("campaignId").s(),
                item.containsKey("cursor") ? item.get("cursor").s() : null,
                Instant.parse(item.get("sweepStartedAt").s()),
                Instant.parse(item.get("savedAt").s())));
    }

    @Override
    public void save(Checkpoint checkpoint) {
        Map<String, AttributeValue> item = new HashMap<>(key(checkpoint.job()));
        item.put("type", AttributeValue.fromS("checkpoint"));
        item.put("campaignId", AttributeValue.fromS(checkpoint.campaignId()));
        if (checkpoint.cursor() != null) {
            item.put("cursor", AttributeValue.fromS(checkpoint.cursor()));
        }
        item.put("sweepStartedAt", AttributeValue.fromS(checkpoint.sweepStartedAt().toString()));
        item.put("savedAt", AttributeValue.fromS(checkpoint.savedAt().toString()));
        table().put(item);
    }

    @Override
    public void clear(String job) {
        table().delete(r -> r.key(key(job)));
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
