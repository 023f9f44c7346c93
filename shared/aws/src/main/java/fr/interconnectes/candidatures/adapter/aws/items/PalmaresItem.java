package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A campaign's published palmarès: {@code PK = CAMPAIGN#id, SK = LAUREATES}, beside the campaign item, the document
 * in {@code data} (organisation, kind and project of each laureate: nothing personal).
 */
public final class PalmaresItem {

    private static final Fields PALMARES = Fields.of("palmares", "campaignId", "laureates", "publishedAt",
            "publishedBy");
    private static final Fields LAUREATE = Fields.of("laureate", "organisation", "kind", "projectTitle", "summary");

    private PalmaresItem() {
    }

    public static Map<String, AttributeValue> key(String campaignId) {
        return Map.of("PK", AttributeValue.fromS("CAMPAIGN#" + campaignId), "SK", AttributeValue.fromS("LAUREATES"));
    }

    public static Map<String, AttributeValue> toItem(Palmares palmares) {
        Map<String, AttributeValue> item = new HashMap<>(key(palmares.campaignId()));
        item.put("type", AttributeValue.fromS("laureates"));
        ItemDocument.put(item, DocumentWriter.of(PALMARES)
                .text("campaignId", palmares.campaignId())
                .objects("laureates", palmares.laureates(), PalmaresItem::laureate)
                .instant("publishedAt", palmares.publishedAt())
                .text("publishedBy", palmares.publishedBy())
                .render());
        return item;
    }

    public static Palmares fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s() + " " + item.get("SK").s();
        DocumentReader palmares = DocumentReader.parse(ItemDocument.of(item, what), PALMARES, what);
        return new Palmares(palmares.text("campaignId"),
                palmares.objects("laureates", LAUREATE, PalmaresItem::laureate),
                palmares.instant("publishedAt"),
                palmares.text("publishedBy"));
    }

    private static DocumentWriter laureate(Laureate laureate) {
        return DocumentWriter.of(LAUREATE)
                .text("organisation", laureate.organisation())
                .code("kind", laureate.kind(), OrganisationKind::code)
                .text("projectTitle", laureate.projectTitle())
                .text("summary", laureate.summary());
    }

    private static Laureate laureate(DocumentReader laureate) {
        return new Laureate(laureate.text("organisation"),
                laureate.code("kind", OrganisationKind.values(), OrganisationKind::code),
                laureate.text("projectTitle"), laureate.text("summary"));
    }
}
