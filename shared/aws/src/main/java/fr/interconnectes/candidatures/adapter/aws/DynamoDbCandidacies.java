package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Dossiers in the single table, one item each ({@link CandidacyItem}), found by id or through the indexes.
 * Every write is one conditional PutItem on {@code revision}: all or nothing, never lost to a concurrent one.
 */
public record DynamoDbCandidacies(DynamoDbClient dynamoDb, String tableName) implements Candidacies {

    @Override
    public Optional<Candidacy> find(String candidacyId) {
        return table().get(CandidacyItem.key(candidacyId)).map(CandidacyItem::fromItem);
    }

    @Override
    public boolean create(Candidacy candidacy) {
        try {
            table().put(r -> r.item(CandidacyItem.toItem(candidacy.atRevision(1)))
                    .conditionExpression("attribute_not_exists(PK)"));
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Candidacy update(Candidacy candidacy) {
        Candidacy next = candidacy.atRevision(candidacy.revision() + 1);
        try {
            table().put(r -> r.item(CandidacyItem.toItem(next))
                    .conditionExpression("#revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", CandidacyItem.REVISION))
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Long.toString(candidacy.revision())))));
            return next;
        } catch (ConditionalCheckFailedException stale) {
            throw new StaleRevision(candidacy.id());
        }
    }

    @Override
    public List<Candidacy> findByContactEmail(String campaignId, String email) {
        String contact = CandidacyItem.contactIndexKey(campaignId, email);
        return table().queryIndex("GSI2", contact, CandidacyItem::candidacyIdOf).stream()
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> email.equalsIgnoreCase(c.contactEmail()))
                .toList();
    }

    @Override
    public List<Candidacy> findByCampaign(String campaignId) {
        return table().queryIndex("GSI1", CandidacyItem.campaignIndexKey(campaignId), CandidacyItem::fromItem);
    }

    @Override
    public List<Candidacy> findByStatus(String campaignId, CandidacyStatus status) {
        return table().queryIndex("GSI1", "GSI1PK = :pk AND begins_with(GSI1SK, :status)", Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)),
                        ":status", AttributeValue.fromS(CandidacyItem.statusIndexPrefix(status))),
                CandidacyItem::fromItem);
    }

    @Override
    public List<Candidacy> withMailDue(Instant now, int limit) {
        return table().queryIndex("GSI3", "GSI3PK = :pk AND GSI3SK <= :now", Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.OUTBOX_INDEX_KEY),
                        ":now", AttributeValue.fromS(CandidacyItem.outboxIndexSortKey(now))),
                limit, CandidacyItem::candidacyIdOf).stream()
                // the index holds keys only and is eventually consistent: read each dossier fresh
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> c.nextMailDue().map(due -> !due.isAfter(now)).orElse(false))
                .toList();
    }

    /** A Query of the campaign index from after the cursor, which is the last dossier's sort key there. */
    @Override
    public Page page(String campaignId, String cursor, int limit) {
        String condition = cursor == null ? "GSI1PK = :pk" : "GSI1PK = :pk AND GSI1SK > :after";
        Map<String, AttributeValue> values = cursor == null
                ? Map.of(":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)))
                : Map.of(":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)),
                        ":after", AttributeValue.fromS(cursor));
        // one more than asked tells whether another page follows
        List<Candidacy> found = table().queryIndex("GSI1", condition, values, limit + 1, CandidacyItem::fromItem);
        List<Candidacy> items = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? CandidacyItem.campaignIndexSortKey(items.get(items.size() - 1)) : null;
        return new Page(items, next);
    }

    @Override
    public List<Candidacy> withErasurePending(int limit) {
        return table().queryIndex("GSI3", "GSI3PK = :pk", Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.ERASURE_INDEX_KEY)),
                limit, CandidacyItem::candidacyIdOf).stream()
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> c.erased() && !c.erasure().complete())
                .toList();
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
