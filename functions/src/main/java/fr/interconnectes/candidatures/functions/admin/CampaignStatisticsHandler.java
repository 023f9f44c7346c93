package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.reporting.CampaignStatistics;

/** {@code GET /admin/campaigns/{campaignId}/statistics}. */
public final class CampaignStatisticsHandler extends AdminFunction {

    private final CampaignStatistics statistics;

    public CampaignStatisticsHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public CampaignStatisticsHandler(AdminPorts ports) {
        this.statistics = new CampaignStatistics(ports.campaigns(), ports.candidacies());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, AdminJson.statistics(statistics.execute(caller, campaignId(request))));
    }
}
