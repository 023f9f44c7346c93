package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.decisions.RecordDecision;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;

/** {@code DELETE /admin/candidacies/{candidacyId}/decision}: clears a decision not sent yet. */
public final class ClearDecisionHandler extends AdminFunction {

    private final RecordDecision recordDecision;

    /** On Lambda: the dossier and the audit log in DynamoDB. */
    public ClearDecisionHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ClearDecisionHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.auditLog(), aws.clock());
    }

    public ClearDecisionHandler(Campaigns campaigns, Candidacies candidacies, AuditLog auditLog, Clock clock) {
        this.recordDecision = new RecordDecision(campaigns, new CandidacyWriter(candidacies),
                new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, DecisionJson.decision(recordDecision.clear(caller, request.candidacyId())));
    }
}
