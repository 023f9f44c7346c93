package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CampaignJson;
import fr.interconnectes.candidatures.http.campaigns.CampaignDefinitionParser;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.campaigns.SaveCampaign;
import java.util.Map;

/** {@code POST /admin/campaigns/{campaignId}/copy} {@code {"id", "edition"}}: a new edition from this one. */
public final class CopyCampaignHandler extends AdminFunction {

    private final SaveCampaign saveCampaign;

    public CopyCampaignHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public CopyCampaignHandler(AdminPorts ports) {
        this.saveCampaign = new SaveCampaign(ports.campaigns(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var saved = saveCampaign.copy(caller, CampaignDefinitionParser.copy(campaignId(request), request));
        return ApiResponse.json(201, CampaignJson.of(saved.campaign(), request.language()),
                Map.of("Location", "/campaigns/" + saved.campaign().campaign().id()));
    }
}
