package fr.interconnectes.candidatures.campaigns;

import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.util.List;

/** Lists every campaign with its status computed from the server clock. */
public record ListCampaigns(Campaigns campaigns, Clock clock) {

    public List<CampaignView> execute() {
        var now = clock.instant();
        return campaigns.all().stream().map(c -> new CampaignView(c, c.statusAt(now))).toList();
    }
}
