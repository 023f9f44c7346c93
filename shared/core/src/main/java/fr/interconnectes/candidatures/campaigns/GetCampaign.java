package fr.interconnectes.candidatures.campaigns;

import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;

/** One campaign with its status computed from the server clock. */
public record GetCampaign(Campaigns campaigns, Clock clock) {

    public CampaignView execute(String campaignId) {
        var campaign = campaigns.require(campaignId);
        return new CampaignView(campaign, campaign.statusAt(clock.instant()));
    }
}
