package fr.interconnectes.candidatures.adapter.aws.items;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A campaign item read again is the campaign already read; a changed document is read afresh. */
class CampaignItemTest {

    @Test
    void the_same_document_is_read_once_and_a_changed_one_again() {
        Campaign regional = StoredSamples.regionalCampaign();
        Map<String, AttributeValue> item = CampaignItem.toItem(regional);

        Campaign first = CampaignItem.fromItem(item);
        assertThat(first).isEqualTo(regional);
        assertThat(CampaignItem.fromItem(new HashMap<>(item))).isSameAs(first);

        Campaign extended = new Campaign(regional.id(), regional.title(), regional.region(), regional.track(),
                regional.edition(), regional.opensAt(), regional.closesAt().plus(Duration.ofDays(2)),
                regional.timeZone(), regional.regionalSelection(), regional.criteria(), regional.uploadLimits(),
                regional.retention(), regional.reminderOffsets());
        Campaign reread = CampaignItem.fromItem(CampaignItem.toItem(extended));
        assertThat(reread).isEqualTo(extended).isNotEqualTo(first);
        assertThat(CampaignItem.fromItem(item)).as("the first document, still").isEqualTo(regional);
    }
}
