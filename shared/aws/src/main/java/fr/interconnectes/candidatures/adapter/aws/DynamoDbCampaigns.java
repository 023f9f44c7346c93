package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CampaignItem;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.port.Campaigns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Campaigns in the single table, one item each ({@link CampaignItem}), listed through GSI1. */
public final class DynamoDbCampaigns implements Campaigns {

    static final String GSI1 = "GSI1";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public DynamoDbCampaigns(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    @Override
    public Optional<Campaign> find(String campaignId) {
        var response = DynamoDbErrors.call(() -> dynamoDb.getItem(r -> r
                .tableName(tableName)
                .key(CampaignItem.key(campaignId))
                .consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(CampaignItem.fromItem(response.item()))
                : Optional.empty();
    }

    @Override
    public List<Campaign> all() {
        List<Campaign> campaigns = new ArrayList<>();
        Map<String, AttributeValue> startKey = null;
        do {
            Map<String, AttributeValue> exclusiveStart = startKey;
            var page = DynamoDbErrors.call(() -> dynamoDb.query(r -> r
                    .tableName(tableName)
                    .indexName(GSI1)
                    .keyConditionExpression("GSI1PK = :pk")
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(CampaignItem.LIST_INDEX_KEY)))
                    .exclusiveStartKey(exclusiveStart)));
            page.items().forEach(item -> campaigns.add(CampaignItem.fromItem(item)));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        campaigns.sort(Comparator.comparingInt(Campaign::edition).reversed().thenComparing(Campaign::id));
        return campaigns;
    }

    @Override
    public void save(Campaign campaign) {
        DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName).item(CampaignItem.toItem(campaign))));
    }
}
