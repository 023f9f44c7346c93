package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.port.IdempotencyKeys;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Idempotency keys in the single table ({@code PK = IDEMPOTENCY#scope#sha256(key)}), first writer wins,
 * removed by the table's TTL after their retention. Expired-but-not-yet-deleted entries are ignored.
 */
public record DynamoDbIdempotencyKeys(DynamoDbClient dynamoDb, String tableName) implements IdempotencyKeys {

    @Override
    public Entry putIfAbsent(Entry entry) {
        Map<String, AttributeValue> key = key(entry.scope(), entry.keyHash());
        try {
            // a write of the whole item, as the dossier's that follows it (DynamoDbTable#replace says why)
            table().replace(Map.of(
                            "PK", key.get("PK"), "SK", key.get("SK"),
                            "type", AttributeValue.fromS("idempotency"),
                            "requestHash", AttributeValue.fromS(entry.requestHash()),
                            "candidacyId", AttributeValue.fromS(entry.candidacyId()),
                            "tokenNonce", AttributeValue.fromS(entry.tokenNonce()),
                            "createdAt", AttributeValue.fromS(entry.createdAt().toString()),
                            "expiresAt", AttributeValue.fromS(entry.expiresAt().toString()),
                            "expiresAtEpoch", AttributeValue.fromN(Long.toString(entry.expiresAt().getEpochSecond()))),
                    List.of(), "attribute_not_exists(PK) OR expiresAtEpoch < :now", Map.of(),
                    Map.of(":now", AttributeValue.fromN(Long.toString(entry.createdAt().getEpochSecond()))));
            return entry;
        } catch (ConditionalCheckFailedException taken) {
            // the condition failed on a live entry: it is there to read
            var item = table().get(key).orElseThrow();
            return new Entry(entry.scope(), entry.keyHash(), item.get("requestHash").s(), item.get("candidacyId").s(),
                    item.get("tokenNonce").s(), Instant.parse(item.get("createdAt").s()),
                    Instant.parse(item.get("expiresAt").s()));
        }
    }

    static Map<String, AttributeValue> key(String scope, String keyHash) {
        return Map.of("PK", AttributeValue.fromS("IDEMPOTENCY#" + scope + "#" + keyHash),
                "SK", AttributeValue.fromS("IDEMPOTENCY"));
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
