package fr.interconnectes.candidatures.functions.campaigns;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CampaignJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.campaigns.ListCampaigns;
import java.time.Clock;
import java.util.Map;

/** {@code GET /campaigns}: every campaign with its status as of now. */
public final class ListCampaignsHandler extends HttpFunction {

    private final ListCampaigns listCampaigns;

    public ListCampaignsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ListCampaignsHandler(AwsAdapters wiring) {
        this(wiring.campaigns(), wiring.clock());
    }

    public ListCampaignsHandler(Campaigns campaigns, Clock clock) {
        this.listCampaigns = new ListCampaigns(campaigns, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var language = request.language();
        return ApiResponse.json(200, Map.of("campaigns", CampaignJson.of(listCampaigns.execute(), language)),
                Map.of("Content-Language", language.code()));
    }
}
