package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.JuryProgress;

/** {@code GET /admin/campaigns/{campaignId}/jury-progress}: who has scored what, who is missing. */
public final class JuryProgressHandler extends AdminFunction {

    private final JuryProgress juryProgress;

    /** On Lambda: the campaign, its dossiers, jury records and selection day in DynamoDB. */
    public JuryProgressHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private JuryProgressHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.selectionDays());
    }

    public JuryProgressHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, SelectionDays days) {
        this.juryProgress = new JuryProgress(campaigns, candidacies, juryRecords, days);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, SelectionDayJson.of(juryProgress.execute(caller, request.campaignId())));
    }
}
