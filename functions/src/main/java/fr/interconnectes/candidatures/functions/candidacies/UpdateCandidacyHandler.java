package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.UpdateCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;

/** {@code PUT /candidacies/{candidacyId}}: full update of the form, optionally guarded by If-Match. */
public final class UpdateCandidacyHandler extends HttpFunction {

    private final ApplicantRequests requests;
    private final UpdateCandidacy updateCandidacy;

    /** On Lambda: the dossier in DynamoDB. */
    public UpdateCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private UpdateCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.clock(), aws.metrics());
    }

    public UpdateCandidacyHandler(Campaigns campaigns, Candidacies candidacies, Clock clock, Metrics metrics) {
        this.requests = new ApplicantRequests(clock);
        this.updateCandidacy = new UpdateCandidacy(new ApplicantAccess(candidacies), campaigns,
                new CandidacyWriter(candidacies), new ApplicationForms(), clock, metrics);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApplicantResponses.dossier(updateCandidacy.execute(requests.updateCandidacy(request)),
                request.language());
    }
}
