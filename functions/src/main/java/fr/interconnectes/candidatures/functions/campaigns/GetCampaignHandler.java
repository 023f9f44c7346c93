package fr.interconnectes.candidatures.functions.campaigns;

import fr.interconnectes.candidatures.campaigns.GetCampaign;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.campaigns.CampaignResponses;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;

/** {@code GET /campaigns/{campaignId}}: one campaign with its status as of now. */
public final class GetCampaignHandler extends HttpFunction {

    private final GetCampaign getCampaign;

    /** On Lambda: the campaigns in DynamoDB. */
    public GetCampaignHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetCampaignHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.clock());
    }

    public GetCampaignHandler(Campaigns campaigns, Clock clock) {
        this.getCampaign = new GetCampaign(campaigns, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        String campaignId = request.pathParameter("campaignId").orElse("");
        return CampaignResponses.campaign(getCampaign.execute(campaignId), request.language());
    }
}
