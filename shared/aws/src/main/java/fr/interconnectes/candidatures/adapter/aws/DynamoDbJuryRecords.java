package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.adapter.aws.items.JuryRecordItem;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Jury records beside their dossier ({@link JuryRecordItem}); a campaign's through GSI1, a juror's through GSI2. */
public record DynamoDbJuryRecords(DynamoDbClient dynamoDb, String tableName) implements JuryRecords {

    @Override
    public Optional<JuryRecord> find(String candidacyId, String jurorId) {
        return table().get(JuryRecordItem.key(candidacyId, jurorId)).map(JuryRecordItem::fromItem);
    }

    @Override
    public List<JuryRecord> forCandidacy(String candidacyId) {
        return table().query(r -> r.consistentRead(true)
                .keyConditionExpression("PK = :pk AND begins_with(SK, :juror)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CandidacyItem.partitionKey(candidacyId)),
                        ":juror", AttributeValue.fromS(JuryRecordItem.SORT_KEY_PREFIX))),
                JuryRecordItem::fromItem);
    }

    @Override
    public List<JuryRecord> forCampaign(String campaignId) {
        return table().queryIndex("GSI1", JuryRecordItem.campaignIndexKey(campaignId), JuryRecordItem::fromItem);
    }

    /** The juror's index holds keys only: each record is read itself. */
    @Override
    public List<JuryRecord> forJuror(String jurorId, String campaignId) {
        return table().queryIndex("GSI2", JuryRecordItem.jurorIndexKey(jurorId, campaignId),
                        item -> find(CandidacyItem.candidacyIdOf(item), jurorId)).stream()
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public JuryRecord save(JuryRecord record) {
        JuryRecord next = record.atRevision(record.revision() + 1);
        Map<String, AttributeValue> item = JuryRecordItem.toItem(next);
        if (!table().putAtRevision(item, JuryRecordItem.REVISION, record.revision())) {
            throw new Candidacies.StaleRevision(record.candidacyId());
        }
        return next;
    }

    @Override
    public void delete(String candidacyId, String jurorId) {
        table().delete(r -> r.key(JuryRecordItem.key(candidacyId, jurorId)));
    }

    @Override
    public void delete(JuryRecord record) {
        try {
            table().delete(r -> r.key(JuryRecordItem.key(record.candidacyId(), record.jurorId()))
                    .conditionExpression("attribute_not_exists(PK) OR #revision = :expected")
                    .expressionAttributeNames(Map.of("#revision", JuryRecordItem.REVISION))
                    .expressionAttributeValues(Map.of(":expected",
                            AttributeValue.fromN(Long.toString(record.revision())))));
        } catch (ConditionalCheckFailedException stale) {
            throw new Candidacies.StaleRevision(record.candidacyId());
        }
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
