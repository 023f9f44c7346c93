package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.ListMyAssignments;

/** {@code GET /admin/jury/assignments?campaignId=}: a juror's own dossiers in a campaign. */
public final class ListMyAssignmentsHandler extends AdminFunction {

    private final ListMyAssignments listMyAssignments;

    public ListMyAssignmentsHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public ListMyAssignmentsHandler(AdminPorts ports) {
        this.listMyAssignments = new ListMyAssignments(ports.campaigns(), ports.candidacies(), ports.juryRecords());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var result = listMyAssignments.execute(caller, JuryRequests.assignmentsCampaignId(request));
        return ApiResponse.json(200, JuryJson.of(result));
    }
}
