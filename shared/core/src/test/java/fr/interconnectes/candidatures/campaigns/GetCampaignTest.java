package fr.interconnectes.candidatures.campaigns;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.CampaignStatus;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class GetCampaignTest {

    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.labelCampaign(),
            Fixtures.nationalLabelCampaign());
    private final GetCampaign getCampaign = new GetCampaign(campaigns, clock);

    private CampaignStatus statusAt(Instant now) {
        clock.set(now);
        return getCampaign.execute(Fixtures.LABEL_CAMPAIGN).status();
    }

    @Test
    void the_campaign_comes_with_its_status_at_the_time_of_the_request() {
        CampaignView view = getCampaign.execute(Fixtures.LABEL_CAMPAIGN);

        assertThat(view.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(view.status()).isEqualTo(CampaignStatus.OPEN);
    }

    @Test
    void the_status_follows_the_server_clock_from_upcoming_to_open_to_closed() {
        assertThat(statusAt(Fixtures.OPENS.minusMillis(1))).isEqualTo(CampaignStatus.UPCOMING);
        assertThat(statusAt(Fixtures.OPENS)).isEqualTo(CampaignStatus.OPEN);
        assertThat(statusAt(Fixtures.CLOSES)).as("at the deadline itself").isEqualTo(CampaignStatus.OPEN);
        assertThat(statusAt(Fixtures.CLOSES.plusMillis(1))).isEqualTo(CampaignStatus.CLOSED);
    }

    @Test
    void the_national_round_is_open_in_its_own_dates_yet_takes_no_applications() {
        clock.set(Fixtures.AFTER_DEADLINE.plus(Duration.ofDays(10)));

        CampaignView national = getCampaign.execute(Fixtures.NATIONAL_LABEL_CAMPAIGN);

        assertThat(national.status()).isEqualTo(CampaignStatus.OPEN);
        assertThat(national.campaign().acceptsApplications()).isFalse();
        assertThat(getCampaign.execute(Fixtures.LABEL_CAMPAIGN).campaign().acceptsApplications()).isTrue();
    }

    @Test
    void an_unknown_campaign_is_not_found_and_named_in_the_message() {
        var refusal = refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> getCampaign.execute("nowhere-2019"));

        assertThat(refusal.message(Language.FR)).contains("nowhere-2019");
        assertThat(refusal.message(Language.EN)).contains("nowhere-2019");
    }
}
