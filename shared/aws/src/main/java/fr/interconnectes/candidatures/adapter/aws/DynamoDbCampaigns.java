package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CampaignItem;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.port.Campaigns;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Campaigns in the single table, one item each ({@link CampaignItem}), listed through GSI1. */
public record DynamoDbCampaigns(DynamoDbClient dynamoDb, String tableName) implements Campaigns {

    static final String GSI1 = "GSI1";

    @Override
    public Optional<Campaign> find(String campaignId) {
        return table().get(CampaignItem.key(campaignId)).map(CampaignItem::fromItem);
    }

    @Override
    public List<Campaign> all() {
        List<Campaign> campaigns = table().queryIndex(GSI1, CampaignItem.LIST_INDEX_KEY, CampaignItem::fromItem);
        campaigns.sort(Comparator.comparingInt(Campaign::edition).reversed().thenComparing(Campaign::id));
        return campaigns;
    }

    @Override
    public void save(Campaign campaign) {
        table().put(CampaignItem.toItem(campaign));
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
