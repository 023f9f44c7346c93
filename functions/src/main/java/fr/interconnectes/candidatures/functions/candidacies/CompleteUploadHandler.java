package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.attachments.CompleteUpload;
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

/** {@code POST /candidacies/{candidacyId}/attachments/{attachmentId}/complete}: the server checks the file. */
public final class CompleteUploadHandler extends HttpFunction {

    private final CompleteUpload completeUpload;

    /** On Lambda: the dossier in DynamoDB, the uploaded object in S3. */
    public CompleteUploadHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private CompleteUploadHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.fileStore(), aws.clock(), aws.metrics());
    }

    public CompleteUploadHandler(Campaigns campaigns, Candidacies candidacies, FileStore files, Clock clock, Metrics metrics) {
        this.completeUpload = new CompleteUpload(new ApplicantAccess(candidacies), campaigns,
                new CandidacyWriter(candidacies), files, clock, metrics);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApplicantResponses.attachment(completeUpload.execute(ApplicantRequests.attachment(request)));
    }
}
