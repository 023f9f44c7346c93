package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.attachments.DeleteAttachment;
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

/** {@code DELETE /candidacies/{candidacyId}/attachments/{attachmentId}}. */
public final class DeleteAttachmentHandler extends HttpFunction {

    private final DeleteAttachment deleteAttachment;

    /** On Lambda: the dossier in DynamoDB, the object in S3. */
    public DeleteAttachmentHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private DeleteAttachmentHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.fileStore(), aws.clock());
    }

    public DeleteAttachmentHandler(Campaigns campaigns, Candidacies candidacies, FileStore files, Clock clock) {
        this.deleteAttachment = new DeleteAttachment(new ApplicantAccess(candidacies), campaigns,
                new CandidacyWriter(candidacies), files,
                new ApplicationForms(), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        deleteAttachment.execute(ApplicantRequests.attachment(request));
        return ApplicantResponses.removed();
    }
}
