package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.selectionday.Availability;
import fr.interconnectes.candidatures.selectionday.TimeRange;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A dossier's declared unavailabilities, beside the dossier: {@code PK = CANDIDACY#id, SK = AVAILABILITY}; a
 * campaign's through GSI1 ({@code AVAILABILITY#cid} / {@code id}).
 */
public final class AvailabilityItem {

    private static final Fields AVAILABILITY = Fields.of("availability", "candidacyId", "campaignId", "unavailable",
            "updatedAt");
    private static final Fields RANGE = Fields.of("time range", "start", "end");

    private AvailabilityItem() {
    }

    public static Map<String, AttributeValue> key(String candidacyId) {
        return Map.of("PK", AttributeValue.fromS(CandidacyItem.partitionKey(candidacyId)),
                "SK", AttributeValue.fromS("AVAILABILITY"));
    }

    public static String campaignIndexKey(String campaignId) {
        return "AVAILABILITY#" + campaignId;
    }

    public static Map<String, AttributeValue> toItem(Availability availability) {
        Map<String, AttributeValue> item = new HashMap<>(key(availability.candidacyId()));
        item.put("type", AttributeValue.fromS("availability"));
        item.put("GSI1PK", AttributeValue.fromS(campaignIndexKey(availability.campaignId())));
        item.put("GSI1SK", AttributeValue.fromS(availability.candidacyId()));
        ItemDocument.put(item, DocumentWriter.of(AVAILABILITY)
                .text("candidacyId", availability.candidacyId())
                .text("campaignId", availability.campaignId())
                .objects("unavailable", availability.unavailable(), range -> DocumentWriter.of(RANGE)
                        .instant("start", range.start()).instant("end", range.end()))
                .instant("updatedAt", availability.updatedAt())
                .render());
        return item;
    }

    public static Availability fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s() + " " + item.get("SK").s();
        DocumentReader document = DocumentReader.parse(ItemDocument.of(item, what), AVAILABILITY, what);
        List<TimeRange> unavailable = document.objects("unavailable", RANGE,
                range -> new TimeRange(range.instant("start"), range.instant("end")));
        return new Availability(document.text("candidacyId"), document.text("campaignId"),
                unavailable == null ? List.of() : unavailable, document.instant("updatedAt"));
    }
}
