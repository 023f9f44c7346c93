package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.CreateCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;

/** {@code POST /campaigns/{campaignId}/candidacies}: a new draft, and its access token (shown once). */
public final class CreateCandidacyHandler extends HttpFunction {

    private final ApplicantRequests requests;
    private final CreateCandidacy createCandidacy;

    public CreateCandidacyHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public CreateCandidacyHandler(ApplicantPorts ports) {
        this.requests = new ApplicantRequests(ports.clock());
        this.createCandidacy = new CreateCandidacy(ports.campaigns(), ports.candidacies(), ports.idempotencyKeys(),
                ports.tokens(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        return ApplicantResponses.created(createCandidacy.execute(requests.createCandidacy(request)));
    }
}
