package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** What schema version 2 adds (reminders, mail outcomes, resends, undeliverable addresses) reads back as written. */
class MailLifecycleItemsTest {

    @Test
    void a_mailed_draft_reads_back_equal() {
        var dossier = StoredSamples.mailedDraft();

        var item = CandidacyItem.toItem(dossier);

        assertThat(item.get("schemaVersion").n()).isEqualTo("2");
        assertThat(CandidacyItem.fromItem(item)).isEqualTo(dossier);
    }

    @Test
    void the_mailed_draft_as_version_2_stored_it_still_reads_and_is_written_as_version_2() {
        var golden = GoldenItems.item("candidacy-mailed-v2.json");

        assertThat(golden.get("schemaVersion").n()).isEqualTo("2");
        assertThat(CandidacyItem.fromItem(golden)).isEqualTo(StoredSamples.mailedDraft());
        assertThat(CandidacyItem.toItem(StoredSamples.mailedDraft())).isEqualTo(golden);
    }

    @Test
    void mails_recorded_under_a_request_keep_its_id_as_version_3() {
        var dossier = StoredSamples.mailedDraftWithRequestIds();

        var item = CandidacyItem.toItem(dossier);

        assertThat(item.get("schemaVersion").n()).isEqualTo("3");
        assertThat(GoldenItems.document(item).at("/outbox/0/requestId").asText()).isEqualTo("Q1w2E3r4T5y6U7i=");
        assertThat(CandidacyItem.fromItem(item)).isEqualTo(dossier);
        assertThat(CandidacyItem.fromItem(item).outbox()).extracting(m -> m.requestId())
                .containsOnly("Q1w2E3r4T5y6U7i=");
    }

    @Test
    void a_campaign_with_its_own_reminders_reads_back_equal_and_one_without_any_keeps_none() {
        Campaign chosen = StoredSamples.campaignWithReminders();
        Campaign none = withReminders(chosen, List.of());

        assertThat(CampaignItem.fromItem(CampaignItem.toItem(chosen))).isEqualTo(chosen);
        assertThat(CampaignItem.fromItem(CampaignItem.toItem(none)).reminderOffsets()).isEmpty();
    }

    @Test
    void a_campaign_stored_before_reminders_gets_the_default_ones() {
        Campaign regional = StoredSamples.regionalCampaign();

        assertThat(GoldenItems.document(CampaignItem.toItem(regional)).has("reminderOffsets")).isFalse();
        assertThat(CampaignItem.fromItem(CampaignItem.toItem(regional)).reminderOffsets())
                .containsExactly(new ReminderOffset("P7D"), new ReminderOffset("P1D"));
    }

    @Test
    void an_offset_this_release_does_not_know_is_refused() {
        var item = new HashMap<>(CampaignItem.toItem(StoredSamples.campaignWithReminders()));
        item.put("data", AttributeValue.fromS(item.get("data").s().replace("\"P3D\"", "\"P1Y\"")));

        assertThatThrownBy(() -> CampaignItem.fromItem(item)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("reminderOffsets");
    }

    private static Campaign withReminders(Campaign c, List<ReminderOffset> offsets) {
        return new Campaign(c.id(), c.title(), c.region(), c.track(), c.edition(), c.opensAt(), c.closesAt(),
                c.timeZone(), c.regionalSelection(), c.criteria(), c.uploadLimits(), c.retention(), offsets);
    }
}
