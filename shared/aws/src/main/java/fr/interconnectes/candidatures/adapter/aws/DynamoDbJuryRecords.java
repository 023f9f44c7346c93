package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.json.Json;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Jury records beside their dossier ({@code PK = CANDIDACY#id, SK = JUROR#sub}); a campaign's through GSI1
 * ({@code JURY#cid}), a juror's through GSI2 ({@code JUROR#sub#cid}, keys only).
 */
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
                .key(key(candidacyId, jurorId)).consistentRead(true))).item();
        return item == null || item.isEmpty() ? Optional.empty() : Optional.of(fromItem(item));
    }

    @Override
    public List<JuryRecord> forCandidacy(String candidacyId) {
        return query(QueryRequest.builder().tableName(tableName).consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :juror)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CANDIDACY#" + candidacyId),
                        ":juror", AttributeValue.fromS("JUROR#")))
                .build());
    }

    @Override
    public List<JuryRecord> forCampaign(String campaignId) {
        return query(QueryRequest.builder().tableName(tableName).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("JURY#" + campaignId)))
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
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(jurorKey(jurorId, campaignId))))
                    .exclusiveStartKey(from)));
            for (var item : page.items()) {
                find(item.get("PK").s().substring("CANDIDACY#".length()), jurorId).ifPresent(records::add);
            }
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return records;
    }

    @Override
    public JuryRecord save(JuryRecord record) {
        JuryRecord next = record.atRevision(record.revision() + 1);
        Map<String, AttributeValue> item = new HashMap<>(key(record.candidacyId(), record.jurorId()));
        item.put("type", AttributeValue.fromS("jury"));
        item.put("revision", AttributeValue.fromN(Long.toString(next.revision())));
        item.put("GSI1PK", AttributeValue.fromS("JURY#" + record.campaignId()));
        item.put("GSI1SK", AttributeValue.fromS(record.candidacyId() + "#" + record.jurorId()));
        item.put("GSI2PK", AttributeValue.fromS(jurorKey(record.jurorId(), record.campaignId())));
        item.put("GSI2SK", AttributeValue.fromS(record.candidacyId()));
        item.put("data", AttributeValue.fromS(Json.write(next)));
        try {
            DynamoDbErrors.call(() -> dynamoDb.putItem(r -> {
                r.tableName(tableName).item(item);
                if (record.revision() == 0) {
                    r.conditionExpression("attribute_not_exists(PK)");
                } else {
                    r.conditionExpression("#revision = :expected")
                            .expressionAttributeNames(Map.of("#revision", "revision"))
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
        DynamoDbErrors.call(() -> dynamoDb.deleteItem(r -> r.tableName(tableName).key(key(candidacyId, jurorId))));
    }

    @Override
    public void delete(JuryRecord record) {
        try {
            DynamoDbErrors.call(() -> dynamoDb.deleteItem(r -> r.tableName(tableName)
                    .key(key(record.candidacyId(), record.jurorId()))
                    .conditionExpression("attribute_not_exists(PK) OR #revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", "revision"))
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
            response.items().forEach(item -> records.add(fromItem(item)));
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null);
        return records;
    }

    static Map<String, AttributeValue> key(String candidacyId, String jurorId) {
        return Map.of("PK", AttributeValue.fromS("CANDIDACY#" + candidacyId), "SK", AttributeValue.fromS("JUROR#" + jurorId));
    }

    static String jurorKey(String jurorId, String campaignId) {
        return "JUROR#" + jurorId + "#" + campaignId;
    }

    private static JuryRecord fromItem(Map<String, AttributeValue> item) {
        return Json.read(item.get("data").s(), JuryRecord.class).atRevision(Long.parseLong(item.get("revision").n()));
    }
}
