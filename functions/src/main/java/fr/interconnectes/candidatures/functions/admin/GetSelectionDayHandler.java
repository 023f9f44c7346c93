package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.GetSelectionDay;

/** {@code GET /admin/campaigns/{campaignId}/selection-day}: an organiser reads the plan of the day. */
public final class GetSelectionDayHandler extends AdminFunction {

    private final GetSelectionDay getSelectionDay;

    /** On Lambda: the campaign and its selection day in DynamoDB. */
    public GetSelectionDayHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetSelectionDayHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.selectionDays());
    }

    public GetSelectionDayHandler(Campaigns campaigns, SelectionDays days) {
        this.getSelectionDay = new GetSelectionDay(campaigns, days);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, SelectionDayJson.of(getSelectionDay.execute(caller, request.campaignId()).day()));
    }
}
