package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.attachments.CompleteUpload;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;

/** {@code POST /candidacies/{candidacyId}/attachments/{attachmentId}/complete}: the server checks the file. */
public final class CompleteUploadHandler extends HttpFunction {

    private final CompleteUpload completeUpload;

    public CompleteUploadHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public CompleteUploadHandler(ApplicantPorts ports) {
        this.completeUpload = new CompleteUpload(ports.access(), ports.campaigns(), ports.candidacies(), ports.files(),
                ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApplicantResponses.attachment(completeUpload.execute(ApplicantRequests.attachment(request)));
    }
}
