package fr.interconnectes.candidatures.functions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.decisions.SendDecisions;
import java.util.Set;

/**
 * {@code POST /admin/campaigns/{campaignId}/decisions/send}, body optional: {@code {"nationalCampaignId",
 * "nationalForum"}}. Tells every pending decision once; safe to call again.
 */
public final class SendDecisionsHandler extends AdminFunction {

    private final SendDecisions sendDecisions;

    public SendDecisionsHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public SendDecisionsHandler(AdminPorts ports) {
        this.sendDecisions = new SendDecisions(ports.campaigns(), ports.candidacies(), ports.writer(),
                ports.receiptCounters(), ports.notifier(), ports.audit(), ports.clock(),
                SendDecisions.DEFAULT_DELIVERY_BUDGET);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        String nationalCampaignId = null;
        String nationalForum = null;
        if (request.body() != null && !request.body().isBlank()) {
            requireJson(request);
            JsonNode body = JsonBody.object(request.body(), Set.of("nationalCampaignId", "nationalForum"));
            nationalCampaignId = JsonBody.text(body, "nationalCampaignId");
            nationalForum = JsonBody.text(body, "nationalForum");
        }
        var result = sendDecisions.execute(caller, campaignId(request), nationalCampaignId, nationalForum);
        return ApiResponse.json(200, DecisionJson.sent(result));
    }
}
