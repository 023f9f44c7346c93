package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.UpdateCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;

/** {@code PUT /candidacies/{candidacyId}}: full update of the form, optionally guarded by If-Match. */
public final class UpdateCandidacyHandler extends HttpFunction {

    private final ApplicantRequests requests;
    private final UpdateCandidacy updateCandidacy;

    public UpdateCandidacyHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public UpdateCandidacyHandler(ApplicantPorts ports) {
        this.requests = new ApplicantRequests(ports.clock());
        this.updateCandidacy = new UpdateCandidacy(ports.access(), ports.campaigns(), ports.candidacies(),
                ports.forms(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        return ApplicantResponses.dossier(updateCandidacy.execute(requests.updateCandidacy(request)),
                request.language());
    }
}
