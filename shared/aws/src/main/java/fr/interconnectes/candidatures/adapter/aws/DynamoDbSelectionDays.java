package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.SelectionDayItem;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/** Each campaign's selection day in one item beside the campaign ({@link SelectionDayItem}). */
public record DynamoDbSelectionDays(DynamoDbClient dynamoDb, String tableName) implements SelectionDays {

    @Override
    public Optional<SelectionDay> find(String campaignId) {
        return table().get(SelectionDayItem.key(campaignId)).map(SelectionDayItem::fromItem);
    }

    @Override
    public SelectionDay save(SelectionDay day) {
        SelectionDay next = day.atRevision(day.revision() + 1);
        Map<String, AttributeValue> item = SelectionDayItem.toItem(next);
        try {
            table().put(r -> {
                r.item(item);
                if (day.revision() == 0) {
                    r.conditionExpression("attribute_not_exists(PK)");
                } else {
                    r.conditionExpression("#revision = :expected")
                            .expressionAttributeNames(Map.of("#revision", SelectionDayItem.REVISION))
                            .expressionAttributeValues(Map.of(":expected",
                                    AttributeValue.fromN(Long.toString(day.revision()))));
                }
            });
            return next;
        } catch (ConditionalCheckFailedException stale) {
            throw new Candidacies.StaleRevision(day.campaignId());
        }
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
