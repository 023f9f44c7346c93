package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.adapter.aws.items.JuryRecordItem;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/** Jury records beside their dossier ({@link JuryRecordItem}); a campaign's through GSI1, a juror's through GSI2. */
public final class DynamoDbJuryRecords implements JuryRecords {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbJuryRecords(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Optional<JuryRecord> find(String candidacyId, String jurorId) {
        var item = DynamoDbErrors.call(() -> dynamoDb.getItem(r -> r.tableName(tableName)
                .key(JuryRecordItem.key(candidacyId, jurorId)).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(JuryRecordItem.fromItem(item));
    }

    @Override
    public List<JuryRecord> forCandidacy(String candidacyId) {
        return query(QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :juror)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CandidacyItem.partitionKey(candidacyId)),
                        ":juror", AttributeValue.fromS(JuryRecordItem.SORT_KEY_PREFIX)))
                .build());
    }

    @Override
    public List<JuryRecord> forCampaign(String campaignId) {
        return query(QueryRequest.builder().tableName(tableName).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk",
                        AttributeValue.fromS(JuryRecordItem.campaignIndexKey(campaignId))))
                .build());
    }

    @Override
    public List<JuryRecord> forJuror(String jurorId, String campaignId) {
        List<JuryRecord> records = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            Map<String, AttributeValue> from = start;
            var page = DynamoDbErrors.call(() -> dynamoDb.query(r -> r.tableName(tableName).indexName("GSI2")
                    .keyConditionExpression("GSI2PK = :pk")
                    .expressionAttributeValues(Map.of(":pk",
                            AttributeValue.fromS(JuryRecordItem.jurorIndexKey(jurorId, campaignId))))
                    .exclusiveStartKey(from)));
            for (var item : page.items()) {
                find(CandidacyItem.candidacyIdOf(item), jurorId).ifPresent(records::add);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return records;
    }

    @Override
    public JuryRecord save(JuryRecord record) {
        JuryRecord next = record.atRevision(record.revision() + 1);
        Map<String, AttributeValue> item = JuryRecordItem.toItem(next);
        try {
            DynamoDbErrors.call(() -> dynamoDb.putItem(r -> {
                r.tableName(tableName).item(item);
                if (record.revision() == 0) {
                    r.conditionExpression("attribute_not_exists(PK)");
                } else {
                    r.conditionExpression("#revision = :expected")
                            .expressionAttributeNames(Map.of("#revision", JuryRecordItem.REVISION))
                            .expressionAttributeValues(Map.of(":expected",
                                    AttributeValue.fromN(Long.toString(record.revision()))));
                }
            }));
            return next;
        } catch (ConditionalCheckFailedException stale) {
            throw new Candidacies.StaleRevision(record.candidacyId());
        }
    }

    @Override
    public void delete(String candidacyId, String jurorId) {
        DynamoDbErrors.call(() -> dynamoDb.deleteItem(r -> r.tableName(tableName)
                .key(JuryRecordItem.key(candidacyId, jurorId))));
    }

    @Override
    public void delete(JuryRecord record) {
        try {
            DynamoDbErrors.call(() -> dynamoDb.deleteItem(r -> r.tableName(tableName)
                    .key(JuryRecordItem.key(record.candidacyId(), record.jurorId()))
                    .conditionExpression("attribute_not_exists(PK) OR #revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", JuryRecordItem.REVISION))
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Long.toString(record.revision()))))));
        } catch (ConditionalCheckFailedException stale) {
            throw new Candidacies.StaleRevision(record.candidacyId());
        }
    }

    private List<JuryRecord> query(QueryRequest request) {
        List<JuryRecord> records = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest page = request.toBuilder().exclusiveStartKey(start).build();
            var response = DynamoDbErrors.call(() -> dynamoDb.query(page));
            response.items().forEach(item -> records.add(JuryRecordItem.fromItem(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return records;
    }
}
