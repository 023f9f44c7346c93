package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the mappers refuse to read: anything they would not write back whole. The item is not guessed at,
 * the read fails, and the item stays as it was.
 */
class UnreadableItemsTest {

    private static Map<String, AttributeValue> withData(Map<String, AttributeValue> item, String data) {
        Map<String, AttributeValue> changed = new HashMap<>(item);
        changed.put("data", AttributeValue.fromS(data));
        return changed;
    }

    private static String data(Map<String, AttributeValue> item) {
        return item.get("data").s();
    }

    @Test
    void an_unknown_field_is_refused_since_writing_the_dossier_back_would_lose_it() {
        var item = GoldenItems.item("candidacy-label-v0.json");

        assertThatThrownBy(() -> CandidacyItem.fromItem(withData(item,
                data(item).replace("\"id\":", "\"nickname\":\"x\",\"id\":"))))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("CANDIDACY#c7Hk2mQx9aB1c.nickname");
        assertThatThrownBy(() -> CandidacyItem.fromItem(withData(item,
                data(item).replace("\"receivedAt\":", "\"checksum\":\"x\",\"receivedAt\":"))))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("attachments[0].checksum");
    }

    @Test
    void only_an_item_holding_a_field_of_version_2_is_written_as_version_2() {
        assertThat(CandidacyItem.toItem(StoredSamples.labelDossier()).get("schemaVersion").n()).isEqualTo("1");
        assertThat(CandidacyItem.toItem(StoredSamples.erasedDossier()).get("schemaVersion").n()).isEqualTo("2");
        assertThat(CampaignItem.toItem(StoredSamples.regionalCampaign()).get("schemaVersion").n()).isEqualTo("1");
        assertThat(CampaignItem.toItem(StoredSamples.campaignWithOwnRetention()).get("schemaVersion").n()).isEqualTo("2");
        assertThat(CampaignItem.fromItem(CampaignItem.toItem(StoredSamples.campaignWithOwnRetention())))
                .isEqualTo(StoredSamples.campaignWithOwnRetention());
        assertThat(CandidacyItem.fromItem(CandidacyItem.toItem(StoredSamples.erasedDossier())))
                .isEqualTo(StoredSamples.erasedDossier());
    }

    @Test
    void an_item_of_a_newer_schema_version_is_refused() {
        var item = new HashMap<>(CandidacyItem.toItem(StoredSamples.labelDossier()));
        item.put("schemaVersion", AttributeValue.fromN(Integer.toString(ItemDocument.CURRENT_VERSION + 1)));

        assertThatThrownBy(() -> CandidacyItem.fromItem(item))
                .isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("schema version " + (ItemDocument.CURRENT_VERSION + 1));
    }

    @Test
    void an_item_without_schema_version_is_read_as_the_shape_before_the_mappers() {
        var item = new HashMap<>(CampaignItem.toItem(StoredSamples.regionalCampaign()));
        item.remove("schemaVersion");

        assertThat(CampaignItem.fromItem(item)).isEqualTo(StoredSamples.regionalCampaign());
    }

    private static void assertCampaignRefused(String text, String replacement, String where) {
        var item = GoldenItems.item("campaign-regional-v0.json");
        var spoiled = withData(item, data(item).replace(text, replacement));
        assertThat(spoiled.get("data").s()).as("the golden file has " + text).isNotEqualTo(data(item));

        assertThatThrownBy(() -> CampaignItem.fromItem(spoiled))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining(where);
    }

    @Test
    void values_of_the_wrong_kind_are_refused() {
        assertCampaignRefused("\"edition\":2026", "\"edition\":\"2026\"", "edition: a whole number was expected");
        assertCampaignRefused("\"edition\":2026,", "", "edition: missing");
        assertCampaignRefused("\"LABEL\"", "\"PRIZE\"", "track");
        assertCampaignRefused("2026-05-20", "20/05/2026", "regionalSelection.date");
        assertCampaignRefused("\"Europe/Paris\"", "\"Europe/Nowhere\"", "timeZone");
        assertCampaignRefused("\"weight\":2.0", "\"weight\":\"heavy\"", "criteria[0].weight");
    }

    @Test
    void a_data_attribute_that_is_not_json_is_refused() {
        var item = GoldenItems.item("campaign-regional-v0.json");

        assertThatThrownBy(() -> CampaignItem.fromItem(withData(item, "not json")))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("not JSON");
    }
}
