package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.json.Json;
import fr.interconnectes.candidatures.port.AuditLog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Audit entries per campaign ({@code PK = AUDIT#cid, SK = instant#random}), newest read first. */
public final class DynamoDbAuditLog implements AuditLog {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbAuditLog(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public void record(AuditEntry entry) {
        DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName).item(Map.of(
                "PK", AttributeValue.fromS("AUDIT#" + entry.campaignId()),
                "SK", AttributeValue.fromS(entry.at() + "#" + AccessTokens.randomId(6)),
                "type", AttributeValue.fromS("audit"),
                "candidacyId", AttributeValue.fromS(entry.candidacyId() == null ? "-" : entry.candidacyId()),
                "data", AttributeValue.fromS(Json.write(entry))))));
    }

    @Override
    public List<AuditEntry> forCampaign(String campaignId, String candidacyId, int limit) {
        List<AuditEntry> entries = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = DynamoDbErrors.call(() -> dynamoDb.query(r -> {
                r.tableName(tableName)
                        .keyConditionExpression("PK = :pk")
                        .scanIndexForward(false)
                        .exclusiveStartKey(from);
                if (candidacyId == null) {
                    r.expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("AUDIT#" + campaignId)));
                } else {
                    r.filterExpression("candidacyId = :candidacy")
                            .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("AUDIT#" + campaignId),
                                    ":candidacy", AttributeValue.fromS(candidacyId)));
                }
            }));
            for (var item : page.items()) {
                if (entries.size() < limit) {
                    entries.add(Json.read(item.get("data").s(), AuditEntry.class));
                }
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null && entries.size() < limit);
        return entries;
    }
}
