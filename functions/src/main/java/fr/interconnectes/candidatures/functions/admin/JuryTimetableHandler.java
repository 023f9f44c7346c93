package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.JuryTimetable;

/** {@code GET /admin/jury/timetable?campaignId=}: a juror's panel in order (organisers: every panel). */
public final class JuryTimetableHandler extends AdminFunction {

    private final JuryTimetable juryTimetable;

    /** On Lambda: the campaign, its selection day, dossiers and jury records in DynamoDB. */
    public JuryTimetableHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private JuryTimetableHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.selectionDays());
    }

    public JuryTimetableHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, SelectionDays days) {
        this.juryTimetable = new JuryTimetable(campaigns, candidacies, juryRecords, days);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        String campaignId = JuryRequests.assignmentsCampaignId(request);
        return ApiResponse.json(200, SelectionDayJson.of(juryTimetable.execute(caller, campaignId)));
    }
}
