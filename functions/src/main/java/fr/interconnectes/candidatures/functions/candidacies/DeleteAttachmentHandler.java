package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.attachments.DeleteAttachment;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;

/** {@code DELETE /candidacies/{candidacyId}/attachments/{attachmentId}}. */
public final class DeleteAttachmentHandler extends HttpFunction {

    private final DeleteAttachment deleteAttachment;

    public DeleteAttachmentHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public DeleteAttachmentHandler(ApplicantPorts ports) {
        this.deleteAttachment = new DeleteAttachment(ports.access(), ports.campaigns(), ports.candidacies(),
                ports.files(), ports.forms(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        deleteAttachment.execute(ApplicantRequests.attachment(request));
        return ApplicantResponses.removed();
    }
}
