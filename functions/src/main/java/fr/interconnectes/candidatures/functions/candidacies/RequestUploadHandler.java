package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import java.time.Clock;

/** {@code POST /candidacies/{candidacyId}/attachments}: announce a file, get a presigned PUT URL. */
public final class RequestUploadHandler extends HttpFunction {

    private final RequestUpload requestUpload;

    /** On Lambda: the dossier in DynamoDB, the URL presigned for S3. */
    public RequestUploadHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private RequestUploadHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.fileStore(), aws.clock(), aws.metrics());
    }

    public RequestUploadHandler(Campaigns campaigns, Candidacies candidacies, FileStore files, Clock clock, Metrics metrics) {
        this.requestUpload = new RequestUpload(new ApplicantAccess(candidacies), campaigns,
                new CandidacyWriter(candidacies), files, clock, metrics);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var command = ApplicantRequests.requestUpload(request);
        return ApplicantResponses.uploadRequested(command.candidacyId(), requestUpload.execute(command));
    }
}
