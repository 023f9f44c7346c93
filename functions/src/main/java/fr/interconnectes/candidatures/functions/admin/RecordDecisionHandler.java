package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.decisions.DecisionRequests;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.decisions.RecordDecision;

/** {@code PUT /admin/candidacies/{candidacyId}/decision}: {@code {"outcome", "message"}}, kept pending. */
public final class RecordDecisionHandler extends AdminFunction {

    private final RecordDecision recordDecision;

    public RecordDecisionHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public RecordDecisionHandler(AdminPorts ports) {
        this.recordDecision = new RecordDecision(ports.campaigns(), ports.candidacies(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var view = recordDecision.record(caller, DecisionRequests.decision(candidacyId(request), request));
        return ApiResponse.json(200, DecisionJson.decision(view));
    }
}
