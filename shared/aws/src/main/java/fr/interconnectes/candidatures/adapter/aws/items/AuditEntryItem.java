package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An audit item: {@code PK = AUDIT#cid, SK = instant#random} (newest last, never two alike), the dossier id
 * in {@code candidacyId} ({@code -} for a campaign-wide action) to filter on, the entry in {@code data}.
 */
public final class AuditEntryItem {

    public static final String CANDIDACY_ID = "candidacyId";
    private static final String NO_CANDIDACY = "-";

    private AuditEntryItem() {
    }

    public static String partitionKey(String campaignId) {
        return "AUDIT#" + campaignId;
    }

    public static Map<String, AttributeValue> toItem(AuditEntry entry) {
        Map<String, AttributeValue> item = new HashMap<>();
        item.put("PK", AttributeValue.fromS(partitionKey(entry.campaignId())));
        item.put("SK", AttributeValue.fromS(entry.at() + "#" + AccessTokens.randomId(6)));
        item.put("type", AttributeValue.fromS("audit"));
        item.put(CANDIDACY_ID, AttributeValue.fromS(entry.candidacyId() == null ? NO_CANDIDACY : entry.candidacyId()));
        ItemDocument.put(item, AuditEntryDocument.write(entry));
        return item;
    }

    public static AuditEntry fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s() + " " + item.get("SK").s();
        return AuditEntryDocument.read(ItemDocument.of(item, what), what);
    }
}
