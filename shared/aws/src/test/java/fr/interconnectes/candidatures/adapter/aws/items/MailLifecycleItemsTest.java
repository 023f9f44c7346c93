package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What schema versions 2 to 4 add (reminders, mail outcomes, resends, undeliverable addresses; requests' ids; notices
 * recorded unwritten) reads back as written, and items of the versions before still read.
 */
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
    void the_mails_recorded_under_requests_as_version_3_stored_them_still_read_and_are_written_as_version_3() {
        var golden = GoldenItems.item("candidacy-mailed-v3.json");

        assertThat(golden.get("schemaVersion").n()).isEqualTo("3");
        assertThat(CandidacyItem.fromItem(golden)).isEqualTo(StoredSamples.mailedDraftWithRequestIds());
        assertThat(CandidacyItem.toItem(StoredSamples.mailedDraftWithRequestIds())).isEqualTo(golden);
    }

    @Test
    void notices_recorded_unwritten_keep_their_drafts_as_version_4_and_read_back_equal() {
        var dossier = StoredSamples.unwrittenNotices();

        var item = CandidacyItem.toItem(dossier);

        assertThat(item.get("schemaVersion").n()).isEqualTo("4");
        // after the label dossier's own mails, written before drafts were stored
        int first = StoredSamples.labelDossier().outbox().size();
        var confirmation = GoldenItems.document(item).at("/outbox/" + first);
        assertThat(confirmation.at("/draft/kind").asText()).isEqualTo("confirmation");
        assertThat(confirmation.at("/draft/header/language").asText()).isEqualTo("en");
        assertThat(confirmation.at("/draft/attachments/0/size").asLong()).isEqualTo(482_113);
        assertThat(confirmation.has("subject")).isFalse();
        assertThat(GoldenItems.document(item).at("/outbox/" + (first + 1) + "/draft/status").asText())
                .isEqualTo("SUBMITTED");
        assertThat(CandidacyItem.fromItem(item)).isEqualTo(dossier);
    }

    @Test
    void once_written_out_the_dossier_is_written_as_version_3_again() {
        var dossier = StoredSamples.unwrittenNotices();
        for (var mail : dossier.outbox()) {
            dossier = dossier.withMail(mail.id(), m -> m.written("Subject", "Text " + OutboxMail.LINK_PLACEHOLDER,
                    null, List.of()));
        }

        var item = CandidacyItem.toItem(dossier);

        assertThat(item.get("schemaVersion").n()).isEqualTo("3");
        assertThat(GoldenItems.document(item).get("outbox")).noneMatch(mail -> mail.has("draft"));
        assertThat(CandidacyItem.fromItem(item)).isEqualTo(dossier);
    }

    @Test
    void a_draft_of_a_kind_this_release_does_not_store_is_refused() {
        var item = new HashMap<>(CandidacyItem.toItem(StoredSamples.unwrittenNotices()));
        item.put("data", AttributeValue.fromS(item.get("data").s()
                .replace("\"kind\":\"withdrawal\",\"header\"", "\"kind\":\"farewell\",\"header\"")));

        assertThatThrownBy(() -> CandidacyItem.fromItem(item)).isInstanceOf(UnreadableDocument.class)
                .hasMessageContaining("draft.kind");
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
