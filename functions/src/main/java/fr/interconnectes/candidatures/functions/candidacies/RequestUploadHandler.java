package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;

/** {@code POST /candidacies/{candidacyId}/attachments}: announce a file, get a presigned PUT URL. */
public final class RequestUploadHandler extends HttpFunction {

    private final RequestUpload requestUpload;

    public RequestUploadHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public RequestUploadHandler(ApplicantPorts ports) {
        this.requestUpload = new RequestUpload(ports.access(), ports.campaigns(), ports.candidacies(), ports.files(),
                ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        var command = ApplicantRequests.requestUpload(request);
        return ApplicantResponses.uploadRequested(command.candidacyId(), requestUpload.execute(command));
    }
}
