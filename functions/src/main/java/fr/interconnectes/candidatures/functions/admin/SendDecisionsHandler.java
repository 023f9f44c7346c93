package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.decisions.DecisionRequests;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.decisions.SendDecisions;

/**
 * {@code POST /admin/campaigns/{campaignId}/decisions/send}, body optional: {@code {"nationalCampaignId",
 * "nationalForum"}}. Tells every pending decision once; safe to call again.
 */
public final class SendDecisionsHandler extends AdminFunction {

    private final SendDecisions sendDecisions;

    public SendDecisionsHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public SendDecisionsHandler(AdminPorts ports) {
        this.sendDecisions = new SendDecisions(ports.campaigns(), ports.candidacies(), ports.writer(),
                ports.receiptCounters(), ports.notifier(), ports.audit(), ports.clock(),
                SendDecisions.DEFAULT_DELIVERY_BUDGET);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var sending = DecisionRequests.sending(request);
        var result = sendDecisions.execute(caller, campaignId(request), sending.nationalCampaignId(),
                sending.nationalForum());
        return ApiResponse.json(200, DecisionJson.sent(result));
    }
}
