package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.port.DossierListing;
import fr.interconnectes.candidatures.port.JurorReminders;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * One item per juror reminded on a day, beside the campaign: {@code PK = CAMPAIGN#cid}, {@code SK =
 * REMINDER#day#jurorId}, {@code state} {@code claimed} (with {@code claimedUntil}) then {@code sent}. The claim is a
 * conditional put: only one run at a time, and none after it was sent.
 */
public record DynamoDbJurorReminders(DynamoDbClient dynamoDb, String tableName) implements JurorReminders {

    static final String CLAIMED = "claimed";
    static final String SENT = "sent";

    static Map<String, AttributeValue> key(String campaignId, LocalDate day, String jurorId) {
        return Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + campaignId),
                "SK", AttributeValue.fromS("REMINDER#" + day + "#" + jurorId));
    }

    private static Map<String, AttributeValue> item(String campaignId, LocalDate day, String jurorId, String state,
                                                    String instantName, Instant instant) {
        Map<String, AttributeValue> item = new HashMap<>(key(campaignId, day, jurorId));
        item.put("type", AttributeValue.fromS("juror_reminder"));
        item.put("state", AttributeValue.fromS(state));
        item.put(instantName, AttributeValue.fromS(instantText(instant)));
        return item;
    }

    @Override
    public boolean claim(String campaignId, LocalDate day, String jurorId, Instant now, Instant leaseUntil) {
        Map<String, AttributeValue> item = item(campaignId, day, jurorId, CLAIMED, "claimedUntil", leaseUntil);
        try {
            table().put(r -> r.item(item)
                    .conditionExpression("attribute_not_exists(PK) OR (#state = :claimed AND claimedUntil < :now)")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":claimed", AttributeValue.fromS(CLAIMED),
                            ":now", AttributeValue.fromS(instantText(now)))));
            return true;
        } catch (ConditionalCheckFailedException taken) {
            return false;
        }
    }

    @Override
    public void markSent(String campaignId, LocalDate day, String jurorId, Instant sentAt, String providerMessageId) {
        Map<String, AttributeValue> item = item(campaignId, day, jurorId, SENT, "sentAt", sentAt);
        if (providerMessageId != null) {
            item.put("providerMessageId", AttributeValue.fromS(providerMessageId));
        }
        table().put(item);
    }

    @Override
    public void release(String campaignId, LocalDate day, String jurorId) {
        try {
            table().delete(r -> r.key(key(campaignId, day, jurorId))
                    .conditionExpression("#state = :claimed")
                    .expressionAttributeNames(Map.of("#state", "state"))
                    .expressionAttributeValues(Map.of(":claimed", AttributeValue.fromS(CLAIMED))));
        } catch (ConditionalCheckFailedException alreadySent) {
            // sent meanwhile by a run whose claim had run out: nothing to give up
        }
    }

    /**
     * At a fixed width, as {@code claimedUntil < :now} compares texts: {@code Instant.toString} leaves out a zero
     * fraction, and a lease until {@code …:40.5Z} read as run out at {@code …:40Z}, letting a second run claim it.
     */
    private static String instantText(Instant instant) {
        return DossierListing.instantKey(instant);
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
