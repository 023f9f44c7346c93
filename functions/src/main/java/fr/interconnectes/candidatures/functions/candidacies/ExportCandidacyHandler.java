package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.privacy.PrivacyJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.privacy.ExportCandidacy;

/**
 * {@code GET /candidacies/{candidacyId}/export}: the applicant's copy of everything their dossier holds (Bearer
 * access token), as a JSON file with a link valid ten minutes to each of their files.
 */
public final class ExportCandidacyHandler extends HttpFunction {

    private final ExportCandidacy exportCandidacy;

    /** On Lambda: the dossier and its campaign in DynamoDB, download links signed for S3. */
    public ExportCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ExportCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.fileStore());
    }

    public ExportCandidacyHandler(Campaigns campaigns, Candidacies candidacies, FileStore files) {
        this.exportCandidacy = new ExportCandidacy(new ApplicantAccess(candidacies), campaigns, files);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return PrivacyJson.export(exportCandidacy.execute(request.candidacyId(), ApplicantRequests.authorization(request)),
                request.language());
    }
}
