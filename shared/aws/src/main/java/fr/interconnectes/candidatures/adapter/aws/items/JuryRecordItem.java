package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A jury record item beside its dossier: {@code PK = CANDIDACY#id, SK = JUROR#sub}; a campaign's records
 * through GSI1 ({@code JURY#cid} / {@code candidacyId#sub}), a juror's through GSI2
 * ({@code JUROR#sub#cid} / {@code candidacyId}, keys only). The record's document is in {@code data}.
 */
public final class JuryRecordItem {

    public static final String REVISION = "revision";
    public static final String SORT_KEY_PREFIX = "JUROR#";

    private JuryRecordItem() {
    }

    public static Map<String, AttributeValue> key(String candidacyId, String jurorId) {
        return Map.of("PK", AttributeValue.fromS(CandidacyItem.partitionKey(candidacyId)),
                "SK", AttributeValue.fromS(SORT_KEY_PREFIX + jurorId));
    }

    public static String campaignIndexKey(String campaignId) {
        return "JURY#" + campaignId;
    }

    public static String jurorIndexKey(String jurorId, String campaignId) {
        return "JUROR#" + jurorId + "#" + campaignId;
    }

    public static Map<String, AttributeValue> toItem(JuryRecord record) {
        Map<String, AttributeValue> item = new HashMap<>(key(record.candidacyId(), record.jurorId()));
        item.put("type", AttributeValue.fromS("jury"));
        item.put(REVISION, AttributeValue.fromN(Long.toString(record.revision())));
        item.put("GSI1PK", AttributeValue.fromS(campaignIndexKey(record.campaignId())));
        item.put("GSI1SK", AttributeValue.fromS(record.candidacyId() + "#" + record.jurorId()));
        item.put("GSI2PK", AttributeValue.fromS(jurorIndexKey(record.jurorId(), record.campaignId())));
        item.put("GSI2SK", AttributeValue.fromS(record.candidacyId()));
        ItemDocument.put(item, JuryRecordDocument.write(record));
        return item;
    }

    /** The record at the item's {@code revision} (the attribute its writes are conditioned on). */
    public static JuryRecord fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s() + " " + item.get("SK").s();
        return JuryRecordDocument.read(ItemDocument.of(item, what), what)
                .atRevision(Long.parseLong(item.get(REVISION).n()));
    }
}
