package fr.interconnectes.candidatures.functions.campaigns;

import fr.interconnectes.candidatures.campaigns.ListCampaigns;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.campaigns.CampaignResponses;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;

/** {@code GET /campaigns}: every campaign with its status as of now. */
public final class ListCampaignsHandler extends HttpFunction {

    private final ListCampaigns listCampaigns;

    /** On Lambda: the campaigns in DynamoDB. */
    public ListCampaignsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ListCampaignsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.clock());
    }

    public ListCampaignsHandler(Campaigns campaigns, Clock clock) {
        this.listCampaigns = new ListCampaigns(campaigns, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return CampaignResponses.campaigns(listCampaigns.execute(), request.language());
    }
}
