package fr.interconnectes.candidatures.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.domain.CampaignStatus;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ListCampaignsTest {

    /** After the regional call of 2019 closed, while its national round runs. */
    private static final Instant DURING_NATIONAL_ROUND = Instant.parse("2019-10-20T08:00:00Z");

    private final TestClock clock = new TestClock(DURING_NATIONAL_ROUND);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns();
    private final ListCampaigns listCampaigns = new ListCampaigns(campaigns, clock);

    @Test
    void every_campaign_is_listed_most_recent_edition_first_then_by_id_each_with_its_status_now() {
        campaigns.save(Fixtures.nationalLabelCampaign());
        campaigns.save(Fixtures.labelCampaign());
        campaigns.save(Fixtures.labelCampaign(2020));
        campaigns.save(Fixtures.startupCampaign());

        assertThat(listCampaigns.execute())
                .extracting(v -> v.campaign().id(), CampaignView::status, v -> v.campaign().acceptsApplications())
                .containsExactly(
                        tuple("aura-2020-label", CampaignStatus.UPCOMING, true),
                        tuple(Fixtures.LABEL_CAMPAIGN, CampaignStatus.CLOSED, true),
                        tuple(Fixtures.STARTUP_CAMPAIGN, CampaignStatus.CLOSED, true),
                        tuple(Fixtures.NATIONAL_LABEL_CAMPAIGN, CampaignStatus.OPEN, false));
    }

    @Test
    void the_statuses_are_computed_afresh_on_every_request() {
        campaigns.save(Fixtures.labelCampaign());
        clock.set(Fixtures.DURING_CALL);
        assertThat(listCampaigns.execute()).extracting(CampaignView::status).containsExactly(CampaignStatus.OPEN);

        clock.set(Fixtures.AFTER_DEADLINE);
        assertThat(listCampaigns.execute()).extracting(CampaignView::status).containsExactly(CampaignStatus.CLOSED);
    }

    @Test
    void no_campaign_lists_nothing() {
        assertThat(listCampaigns.execute()).isEmpty();
    }
}
