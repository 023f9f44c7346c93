package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.campaigns.SaveCampaign;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CampaignJson;
import fr.interconnectes.candidatures.http.campaigns.CampaignDefinitionParser;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.util.Map;

/** {@code PUT /admin/campaigns/{campaignId}}: create or update a campaign. */
public final class SaveCampaignHandler extends AdminFunction {

    private final SaveCampaign saveCampaign;

    /** On Lambda: the campaign and the audit log in DynamoDB. */
    public SaveCampaignHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SaveCampaignHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.auditLog(), aws.clock());
    }

    public SaveCampaignHandler(Campaigns campaigns, AuditLog auditLog, Clock clock) {
        this.saveCampaign = new SaveCampaign(campaigns, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var saved = saveCampaign.save(caller, CampaignDefinitionParser.parse(request.campaignId(), request));
        return ApiResponse.json(saved.created() ? 201 : 200, CampaignJson.of(saved.campaign(), request.language()),
                Map.of("Location", "/campaigns/" + request.campaignId()));
    }
}
