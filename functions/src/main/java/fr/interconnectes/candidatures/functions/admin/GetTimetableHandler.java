package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.GetTimetable;

/** {@code GET /admin/campaigns/{campaignId}/timetable}: an organiser reads every panel's order. */
public final class GetTimetableHandler extends AdminFunction {

    private final GetTimetable getTimetable;

    /** On Lambda: the campaign, its selection day and dossiers in DynamoDB. */
    public GetTimetableHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetTimetableHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.selectionDays());
    }

    public GetTimetableHandler(Campaigns campaigns, Candidacies candidacies, SelectionDays days) {
        this.getTimetable = new GetTimetable(campaigns, candidacies, days);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, SelectionDayJson.of(getTimetable.execute(caller, request.campaignId())));
    }
}
