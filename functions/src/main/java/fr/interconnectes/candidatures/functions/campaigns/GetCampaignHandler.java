package fr.interconnectes.candidatures.functions.campaigns;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CampaignJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.campaigns.GetCampaign;
import java.time.Clock;
import java.util.Map;

/** {@code GET /campaigns/{campaignId}}: one campaign with its status as of now. */
public final class GetCampaignHandler extends HttpFunction {

    private final GetCampaign getCampaign;

    public GetCampaignHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetCampaignHandler(AwsAdapters wiring) {
        this(wiring.campaigns(), wiring.clock());
    }

    public GetCampaignHandler(Campaigns campaigns, Clock clock) {
        this.getCampaign = new GetCampaign(campaigns, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var language = request.language();
        String campaignId = request.pathParameter("campaignId").orElse("");
        return ApiResponse.json(200, CampaignJson.of(getCampaign.execute(campaignId), language),
                Map.of("Content-Language", language.code()));
    }
}
