package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.LastUsed;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A campaign item: {@code PK = CAMPAIGN#id, SK = CAMPAIGN}, listed through GSI1 ({@code GSI1PK = CAMPAIGNS},
 * {@code GSI1SK = region#edition#id}), the campaign document in {@code data}.
 */
public final class CampaignItem {

    public static final String LIST_INDEX_KEY = "CAMPAIGNS";

    /**
     * The campaigns last read, by their stored document. A warm function reads the same few campaigns on every
     * request, and their documents' reading was a third of a warm GetCampaign's own work (measured with JFR); the
     * document is the campaign's whole state and a campaign is immutable, so an equal text reads as an equal campaign.
     */
    private static final LastUsed<String, Campaign> LAST_READ = new LastUsed<>(32);

    private CampaignItem() {
    }

    public static Map<String, AttributeValue> key(String campaignId) {
        return Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + campaignId), "SK", AttributeValue.fromS("CAMPAIGN"));
    }

    public static Map<String, AttributeValue> toItem(Campaign campaign) {
        Map<String, AttributeValue> item = new HashMap<>(key(campaign.id()));
        item.put("type", AttributeValue.fromS("campaign"));
        item.put("GSI1PK", AttributeValue.fromS(LIST_INDEX_KEY));
        item.put("GSI1SK", AttributeValue.fromS(campaign.region().code() + "#" + campaign.edition() + "#"
                + campaign.id()));
        item.put("region", AttributeValue.fromS(campaign.region().code()));
        item.put("track", AttributeValue.fromS(campaign.track().code()));
        item.put("edition", AttributeValue.fromN(Integer.toString(campaign.edition())));
        item.put("closesAt", AttributeValue.fromS(campaign.closesAt().toString()));
        ItemDocument.put(item, CampaignDocument.write(campaign),
                campaign.retention().equals(RetentionPolicy.DEFAULTS)
                        && campaign.reminderOffsets().equals(ReminderOffset.DEFAULTS) ? ItemDocument.MAPPERS_VERSION : 2);
        return item;
    }

    public static Campaign fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s();
        // an item without a document is refused by the reading, so nothing is kept for it
        return LAST_READ.get(ItemDocument.of(item, what), document -> CampaignDocument.read(document, what));
    }
}
