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

/** {@code POST /admin/campaigns/{campaignId}/copy} {@code {"id", "edition"}}: a new edition from this one. */
public final class CopyCampaignHandler extends AdminFunction {

    private final SaveCampaign saveCampaign;

    /** On Lambda: both editions and the audit log in DynamoDB. */
    public CopyCampaignHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private CopyCampaignHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.auditLog(), aws.clock());
    }

    public CopyCampaignHandler(Campaigns campaigns, AuditLog auditLog, Clock clock) {
        this.saveCampaign = new SaveCampaign(campaigns, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var saved = saveCampaign.copy(caller, CampaignDefinitionParser.copy(request.campaignId(), request));
        return ApiResponse.json(201, CampaignJson.of(saved.campaign(), request.language()),
                Map.of("Location", "/campaigns/" + saved.campaign().campaign().id()));
    }
}
