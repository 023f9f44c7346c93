package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.AuditEntryItem;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.port.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Audit entries per campaign ({@link AuditEntryItem}), newest read first. */
public final class DynamoDbAuditLog implements AuditLog {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbAuditLog(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public void record(AuditEntry entry) {
        DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName).item(AuditEntryItem.toItem(entry))));
    }

    @Override
    public List<AuditEntry> forCampaign(String campaignId, String candidacyId, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        AttributeValue partition = AttributeValue.fromS(AuditEntryItem.partitionKey(campaignId));
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = DynamoDbErrors.call(() -> dynamoDb.query(r -> {
                r.tableName(tableName)
                        .keyConditionExpression("PK = :pk")
                        .scanIndexForward(false)
                        .exclusiveStartKey(from);
                if (candidacyId == null) {
                    r.expressionAttributeValues(Map.of(":pk", partition));
                } else {
                    r.filterExpression(AuditEntryItem.CANDIDACY_ID + " = :candidacy")
                            .expressionAttributeValues(Map.of(":pk", partition,
                                    ":candidacy", AttributeValue.fromS(candidacyId)));
                }
            }));
            for (var item : page.items()) {
                if (entries.size() < limit) {
                    entries.add(AuditEntryItem.fromItem(item));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && entries.size() < limit);
        return entries;
    }
}
