package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.selectionday.SelectionDay;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A campaign's selection day item, beside the campaign: {@code PK = CAMPAIGN#cid, SK = SELECTION_DAY}, the plan and
 * timetable in {@code data}, writes guarded by {@code revision}.
 */
public final class SelectionDayItem {

    public static final String REVISION = "revision";

    private SelectionDayItem() {
    }

    public static Map<String, AttributeValue> key(String campaignId) {
        return Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + campaignId), "SK", AttributeValue.fromS("SELECTION_DAY"));
    }

    public static Map<String, AttributeValue> toItem(SelectionDay day) {
        Map<String, AttributeValue> item = new HashMap<>(key(day.campaignId()));
        item.put("type", AttributeValue.fromS("selection_day"));
        item.put(REVISION, AttributeValue.fromN(Long.toString(day.revision())));
        ItemDocument.put(item, SelectionDayDocument.write(day));
        return item;
    }

    /** The day at the item's {@code revision} (the attribute its writes are conditioned on). */
    public static SelectionDay fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s() + " " + item.get("SK").s();
        return SelectionDayDocument.read(ItemDocument.of(item, what), what)
                .atRevision(Long.parseLong(item.get(REVISION).n()));
    }
}
