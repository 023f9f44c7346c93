package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.SelectionDayItem;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
        if (!table().putAtRevision(item, SelectionDayItem.REVISION, day.revision())) {
            throw new Candidacies.StaleRevision(day.campaignId());
        }
        return next;
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
