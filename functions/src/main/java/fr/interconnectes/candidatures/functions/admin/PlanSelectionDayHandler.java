package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.http.selectionday.SelectionDayRequests;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.PlanSelectionDay;
import java.time.Clock;

/** {@code PUT /admin/campaigns/{campaignId}/selection-day}: an organiser plans the selection day. */
public final class PlanSelectionDayHandler extends AdminFunction {

    private final PlanSelectionDay planSelectionDay;

    /** On Lambda: the campaign, its dossiers, its selection day and the audit log in DynamoDB. */
    public PlanSelectionDayHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private PlanSelectionDayHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.selectionDays(), aws.auditLog(), aws.clock());
    }

    public PlanSelectionDayHandler(Campaigns campaigns, Candidacies candidacies, SelectionDays days, AuditLog auditLog,
                                   Clock clock) {
        this.planSelectionDay = new PlanSelectionDay(campaigns, candidacies, days, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var command = SelectionDayRequests.plan(request.campaignId(), request);
        return ApiResponse.json(200, SelectionDayJson.of(planSelectionDay.execute(caller, command)));
    }
}
