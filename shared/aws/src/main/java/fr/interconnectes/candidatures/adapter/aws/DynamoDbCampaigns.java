package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.json.Json;
import fr.interconnectes.candidatures.port.Campaigns;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Campaigns in the single table: {@code PK = CAMPAIGN#id, SK = CAMPAIGN}, listed through GSI1
 * ({@code GSI1PK = CAMPAIGNS}). The campaign itself is kept as a JSON document in {@code data}.
 */
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
                .key(key(campaignId))
                .consistentRead(true)));
        return response.hasItem() && !response.item().isEmpty()
                ? Optional.of(fromItem(response.item()))
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
                    .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS("CAMPAIGNS")))
                    .exclusiveStartKey(exclusiveStart)));
            page.items().forEach(item -> campaigns.add(fromItem(item)));
            startKey = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (startKey != null);
        campaigns.sort(Comparator.comparingInt(Campaign::edition).reversed().thenComparing(Campaign::id));
        return campaigns;
    }

    @Override
    public void save(Campaign campaign) {
        Map<String, AttributeValue> item = new HashMap<>(key(campaign.id()));
        item.put("type", AttributeValue.fromS("campaign"));
        item.put("GSI1PK", AttributeValue.fromS("CAMPAIGNS"));
        item.put("GSI1SK", AttributeValue.fromS(campaign.region().code() + "#" + campaign.edition() + "#" + campaign.id()));
        item.put("region", AttributeValue.fromS(campaign.region().code()));
        item.put("track", AttributeValue.fromS(campaign.track().code()));
        item.put("edition", AttributeValue.fromN(Integer.toString(campaign.edition())));
        item.put("closesAt", AttributeValue.fromS(campaign.closesAt().toString()));
        item.put("data", AttributeValue.fromS(Json.write(campaign)));
        DynamoDbErrors.call(() -> dynamoDb.putItem(r -> r.tableName(tableName).item(item)));
    }

    static Map<String, AttributeValue> key(String campaignId) {
        return Map.of(
                "PK", AttributeValue.fromS("CAMPAIGN#" + campaignId),
                "SK", AttributeValue.fromS("CAMPAIGN"));
    }

    private static Campaign fromItem(Map<String, AttributeValue> item) {
        return Json.read(item.get("data").s(), Campaign.class);
    }
}
