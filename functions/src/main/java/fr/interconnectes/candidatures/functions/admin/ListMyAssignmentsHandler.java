package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.jury.ListMyAssignments;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;

/** {@code GET /admin/jury/assignments?campaignId=}: a juror's own dossiers in a campaign. */
public final class ListMyAssignmentsHandler extends AdminFunction {

    private final ListMyAssignments listMyAssignments;

    /** On Lambda: the juror's records and their dossiers in DynamoDB. */
    public ListMyAssignmentsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ListMyAssignmentsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords());
    }

    public ListMyAssignmentsHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords) {
        this.listMyAssignments = new ListMyAssignments(campaigns, candidacies, juryRecords);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var result = listMyAssignments.execute(caller, JuryRequests.assignmentsCampaignId(request));
        return ApiResponse.json(200, JuryJson.of(result));
    }
}
