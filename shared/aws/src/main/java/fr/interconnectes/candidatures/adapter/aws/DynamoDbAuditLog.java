package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.AuditEntryItem;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.port.AuditLog;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Audit entries per campaign ({@link AuditEntryItem}), newest read first. */
public record DynamoDbAuditLog(DynamoDbClient dynamoDb, String tableName) implements AuditLog {

    @Override
    public void record(AuditEntry entry) {
        table().put(AuditEntryItem.toItem(entry));
    }

    @Override
    public List<AuditEntry> forCampaign(String campaignId, String candidacyId, int limit) {
        AttributeValue partition = AttributeValue.fromS(AuditEntryItem.partitionKey(campaignId));
        return table().query(r -> {
            r.keyConditionExpression("PK = :pk").scanIndexForward(false);
            if (candidacyId == null) {
                r.expressionAttributeValues(Map.of(":pk", partition));
            } else {
                r.filterExpression(AuditEntryItem.CANDIDACY_ID + " = :candidacy")
                        .expressionAttributeValues(Map.of(":pk", partition,
                                ":candidacy", AttributeValue.fromS(candidacyId)));
            }
        }, limit, AuditEntryItem::fromItem);
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
