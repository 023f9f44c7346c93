package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.PalmaresItem;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.port.PublishedResults;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The published palmarès of each campaign, one item beside the campaign's ({@link PalmaresItem}). */
public record DynamoDbPublishedResults(DynamoDbClient dynamoDb, String tableName) implements PublishedResults {

    @Override
    public Optional<Palmares> find(String campaignId) {
        return table().get(PalmaresItem.key(campaignId)).map(PalmaresItem::fromItem);
    }

    @Override
    public void save(Palmares palmares) {
        table().put(PalmaresItem.toItem(palmares));
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
