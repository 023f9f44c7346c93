package fr.interconnectes.candidatures.campaigns;

import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.util.List;

/** Lists every campaign with its status computed from the server clock. */
public final class ListCampaigns {

    private final Campaigns campaigns;
    private final Clock clock;

    public ListCampaigns(Campaigns campaigns, Clock clock) {
        this.campaigns = campaigns;
        this.clock = clock;
    }

    public List<CampaignView> execute() {
        var now = clock.instant();
        return campaigns.all().stream().map(c -> new CampaignView(c, c.statusAt(now))).toList();
    }
}
