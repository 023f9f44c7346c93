package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.json.Json;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;

/**
 * Dossiers in the single table, one item each ({@code PK = CANDIDACY#id, SK = CANDIDACY}), the dossier
 * as a JSON document plus the attributes its indexes need:
 * <ul>
 *   <li>GSI1 — a campaign's dossiers by status: {@code CAMPAIGN#cid} / {@code status#createdAt#id};</li>
 *   <li>GSI2 — a campaign's dossiers by contact e-mail: {@code CONTACT#cid#email} / {@code id};</li>
 *   <li>GSI3 — sparse, only while a mail waits: {@code OUTBOX} / next attempt time.</li>
 * </ul>
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
                .key(key(candidacyId)).consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(fromItem(response.item())) : Optional.empty();
    }

    @Override
    public boolean create(Candidacy candidacy) {
        try {
            DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName)
                    .item(toItem(candidacy.atRevision(1)))
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
                    .item(toItem(next))
                    .conditionExpression("#revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", "revision"))
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
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(contactKey(campaignId, email))))
                .build(), Integer.MAX_VALUE).stream()
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> email.equalsIgnoreCase(c.contactEmail()))
                .toList();
    }

    @Override
    public List<Candidacy> findByCampaign(String campaignId) {
        return query(QueryRequest.builder().tableName(tableName).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pk")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CAMPAIGN#" + campaignId)))
                .build(), Integer.MAX_VALUE);
    }

    @Override
    public List<Candidacy> findByStatus(String campaignId, CandidacyStatus status) {
        return query(QueryRequest.builder().tableName(tableName).indexName("GSI1")
                .keyConditionExpression("GSI1PK = :pk AND begins_with(GSI1SK, :status)")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS("CAMPAIGN#" + campaignId),
                        ":status", AttributeValue.fromS(status.code() + "#")))
                .build(), Integer.MAX_VALUE);
    }

    @Override
    public List<Candidacy> withMailDue(Instant now, int limit) {
        return queryKeys(QueryRequest.builder().tableName(tableName).indexName("GSI3")
                .keyConditionExpression("GSI3PK = :pk AND GSI3SK <= :now")
                .expressionAttributeValues(Map.of(
                        ":pk", AttributeValue.fromS("OUTBOX"),
                        ":now", AttributeValue.fromS(now.toString())))
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
                    ids.add(item.get("PK").s().substring("CANDIDACY#".length()));
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
                    found.add(fromItem(item));
                }
            }
            start = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                    ? response.lastEvaluatedKey() : null;
        } while (start != null && found.size() < limit);
        return found;
    }

    static Map<String, AttributeValue> key(String candidacyId) {
        return Map.of("PK", AttributeValue.fromS("CANDIDACY#" + candidacyId), "SK", AttributeValue.fromS("CANDIDACY"));
    }

    static String contactKey(String campaignId, String email) {
        return "CONTACT#" + campaignId + "#" + email.toLowerCase(Locale.ROOT);
    }

    static Map<String, AttributeValue> toItem(Candidacy candidacy) {
        Map<String, AttributeValue> item = new HashMap<>(key(candidacy.id()));
        item.put("type", AttributeValue.fromS("candidacy"));
        item.put("campaignId", AttributeValue.fromS(candidacy.campaignId()));
        item.put("status", AttributeValue.fromS(candidacy.status().code()));
        item.put("revision", AttributeValue.fromN(Long.toString(candidacy.revision())));
        item.put("version", AttributeValue.fromN(Long.toString(candidacy.version())));
        item.put("GSI1PK", AttributeValue.fromS("CAMPAIGN#" + candidacy.campaignId()));
        item.put("GSI1SK", AttributeValue.fromS(candidacy.status().code() + "#" + candidacy.createdAt() + "#" + candidacy.id()));
        String email = candidacy.form().applicant().contact().email();
        if (email != null && !email.isBlank()) {
            item.put("GSI2PK", AttributeValue.fromS(contactKey(candidacy.campaignId(), email)));
            item.put("GSI2SK", AttributeValue.fromS(candidacy.id()));
        }
        candidacy.nextMailDue().ifPresent(due -> {
            item.put("GSI3PK", AttributeValue.fromS("OUTBOX"));
            item.put("GSI3SK", AttributeValue.fromS(due.toString()));
        });
        item.put("data", AttributeValue.fromS(Json.write(candidacy)));
        return item;
    }

    static Candidacy fromItem(Map<String, AttributeValue> item) {
        Candidacy candidacy = Json.read(item.get("data").s(), Candidacy.class);
        return candidacy.atRevision(Long.parseLong(item.get("revision").n()));
    }
}
