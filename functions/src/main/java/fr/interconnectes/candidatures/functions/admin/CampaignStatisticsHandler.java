package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.reporting.CampaignStatistics;

/** {@code GET /admin/campaigns/{campaignId}/statistics}. */
public final class CampaignStatisticsHandler extends AdminFunction {

    private final CampaignStatistics statistics;

    /** On Lambda: the campaign and its dossiers in DynamoDB. */
    public CampaignStatisticsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private CampaignStatisticsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies());
    }

    public CampaignStatisticsHandler(Campaigns campaigns, Candidacies candidacies) {
        this.statistics = new CampaignStatistics(campaigns, candidacies);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, AdminJson.statistics(statistics.execute(caller, request.campaignId())));
    }
}
