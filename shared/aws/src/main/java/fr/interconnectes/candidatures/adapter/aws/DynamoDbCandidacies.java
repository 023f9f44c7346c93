package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Dossiers in the single table, one item each ({@link CandidacyItem}), found by id or through the indexes.
 * Every write is one conditional PutItem on {@code revision}: all or nothing, never lost to a concurrent one.
 */
public final class DynamoDbCandidacies implements Candidacies {

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbCandidacies(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Optional<Candidacy> find(String candidacyId) {
        var response = DynamoDbErrors.call(() -> dynamoDb.getItem(r -> r.tableName(tableName)
                .key(CandidacyItem.key(candidacyId)).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(CandidacyItem.fromItem(response.item())) : Optional.empty();
    }

    @Override
    public boolean create(Candidacy candidacy) {
        try {
            DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName)
                    .item(CandidacyItem.toItem(candidacy.atRevision(1)))
                    .conditionExpression("attribute_not_exists(PK)")));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Candidacy update(Candidacy candidacy) {
        Candidacy next = candidacy.atRevision(candidacy.revision() + 1);
        try {
            DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName)
                    .item(CandidacyItem.toItem(next))
                    .conditionExpression("#revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", CandidacyItem.REVISION))
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Long.toString(candidacy.revision()))))));
            return next;
        } catch (ConditionalCheckFailedException stale) {
            throw new StaleRevision(candidacy.id());
        }
    }

    @Override
    public List<Candidacy> findByContactEmail(String campaignId, String email) {
        return queryKeys(QueryRequest.builder().tableName(tableName).indexName("GSI2")
                .keyConditionExpression("GSI2PK = :pk")
                .expressionAttributeValues(Map.of(":pk",
                        AttributeValue.fromS(CandidacyItem.contactIndexKey(campaignId, email))))
                .build(), Integer.MAX_VALUE).stream()
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> email.equalsIgnoreCase(c.contactEmail()))
                .toList();
    }

    @Override
    public List<Candidacy> findByCampaign(String campaignId) {
        return query(QueryRequest.builder().tableName(tableName).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk",
                        AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId))))
                .build(), Integer.MAX_VALUE);
    }

    @Override
    public List<Candidacy> findByStatus(String campaignId, CandidacyStatus status) {
        return query(QueryRequest.builder().tableName(tableName).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :status)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)),
                        ":status", AttributeValue.fromS(CandidacyItem.statusIndexPrefix(status))))
                .build(), Integer.MAX_VALUE);
    }

    @Override
    public List<Candidacy> withMailDue(Instant now, int limit) {
        return queryKeys(QueryRequest.builder().tableName(tableName).indexName("GSI3")
                .keyConditionExpression("GSI3PK = :pk AND GSI3SK <= :now")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.OUTBOX_INDEX_KEY),
                        ":now", AttributeValue.fromS(CandidacyItem.outboxIndexSortKey(now))))
                .build(), limit).stream()
                // the index holds keys only and is eventually consistent: read each dossier fresh
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> c.nextMailDue().map(due -> !due.isAfter(now)).orElse(false))
                .toList();
    }

    /** Dossier ids from a keys-only index. */
    private List<String> queryKeys(QueryRequest request, int limit) {
        List<String> ids = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest page = request.toBuilder().exclusiveStartKey(start).build();
            var response = DynamoDbErrors.call(() -> dynamoDb.query(page));
            for (var item : response.items()) {
                if (ids.size() < limit) {
                    ids.add(CandidacyItem.candidacyIdOf(item));
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && ids.size() < limit);
        return ids;
    }

    private List<Candidacy> query(QueryRequest request, int limit) {
        List<Candidacy> found = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            QueryRequest page = request.toBuilder().exclusiveStartKey(start).build();
            var response = DynamoDbErrors.call(() -> dynamoDb.query(page));
            for (var item : response.items()) {
                if (found.size() < limit) {
                    found.add(CandidacyItem.fromItem(item));
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        return found;
    }
}
