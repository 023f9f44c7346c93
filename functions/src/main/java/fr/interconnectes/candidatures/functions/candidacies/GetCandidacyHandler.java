package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.GetCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;

/** {@code GET /candidacies/{candidacyId}}: the applicant's own dossier (Bearer access token). */
public final class GetCandidacyHandler extends HttpFunction {

    private final GetCandidacy getCandidacy;

    public GetCandidacyHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public GetCandidacyHandler(ApplicantPorts ports) {
        this.getCandidacy = new GetCandidacy(ports.access(), ports.campaigns(), ports.forms());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var view = getCandidacy.execute(ApplicantRequests.candidacyId(request), ApplicantRequests.authorization(request));
        return ApplicantResponses.dossier(view, request.language());
    }
}
