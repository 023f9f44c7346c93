package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.AvailabilityItem;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.selectionday.Availability;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** Each dossier's declared unavailabilities beside it ({@link AvailabilityItem}); a campaign's through GSI1. */
public record DynamoDbAvailabilities(DynamoDbClient dynamoDb, String tableName) implements Availabilities {

    @Override
    public Optional<Availability> find(String candidacyId) {
        return table().get(AvailabilityItem.key(candidacyId)).map(AvailabilityItem::fromItem);
    }

    @Override
    public List<Availability> forCampaign(String campaignId) {
        return table().queryIndex("GSI1", AvailabilityItem.campaignIndexKey(campaignId), AvailabilityItem::fromItem);
    }

    @Override
    public void save(Availability availability) {
        table().put(AvailabilityItem.toItem(availability));
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
