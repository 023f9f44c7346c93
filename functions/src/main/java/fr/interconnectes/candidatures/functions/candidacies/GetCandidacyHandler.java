package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.GetCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;

/** {@code GET /candidacies/{candidacyId}}: the applicant's own dossier (Bearer access token). */
public final class GetCandidacyHandler extends HttpFunction {

    private final GetCandidacy getCandidacy;

    /** On Lambda: the dossier, its campaign and its declared availability in DynamoDB. */
    public GetCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.availabilities());
    }

    /** No clock: reading a dossier decides nothing by the time. */
    public GetCandidacyHandler(Campaigns campaigns, Candidacies candidacies, Availabilities availabilities) {
        this.getCandidacy = new GetCandidacy(new ApplicantAccess(candidacies), campaigns, new ApplicationForms(),
                availabilities);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var view = getCandidacy.execute(request.candidacyId(), ApplicantRequests.authorization(request));
        return ApplicantResponses.dossier(view, request.language());
    }
}
