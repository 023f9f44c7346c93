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

/** {@code PUT /admin/campaigns/{campaignId}}: create or update a campaign. */
public final class SaveCampaignHandler extends AdminFunction {

    private final SaveCampaign saveCampaign;

    public SaveCampaignHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public SaveCampaignHandler(AdminPorts ports) {
        this.saveCampaign = new SaveCampaign(ports.campaigns(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var saved = saveCampaign.save(caller, CampaignDefinitionParser.parse(campaignId(request), request));
        return ApiResponse.json(saved.created() ? 201 : 200, CampaignJson.of(saved.campaign(), request.language()),
                Map.of("Location", "/campaigns/" + campaignId(request)));
    }
}
