package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.decisions.RecordDecision;

/** {@code DELETE /admin/candidacies/{candidacyId}/decision}: clears a decision not sent yet. */
public final class ClearDecisionHandler extends AdminFunction {

    private final RecordDecision recordDecision;

    public ClearDecisionHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public ClearDecisionHandler(AdminPorts ports) {
        this.recordDecision = new RecordDecision(ports.campaigns(), ports.candidacies(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, DecisionJson.decision(recordDecision.clear(caller, candidacyId(request))));
    }
}
