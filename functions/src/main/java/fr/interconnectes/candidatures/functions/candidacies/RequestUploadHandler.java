package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.attachments.RequestUpload;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** {@code POST /candidacies/{candidacyId}/attachments}: announce a file, get a presigned PUT URL. */
public final class RequestUploadHandler extends HttpFunction {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final RequestUpload requestUpload;

    public RequestUploadHandler() {
        this(Wiring.fromEnvironment().applicantPorts());
    }

    public RequestUploadHandler(ApplicantPorts ports) {
        this.requestUpload = new RequestUpload(ports.access(), ports.campaigns(), ports.candidacies(), ports.files(),
                ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("fileName", "contentType", "size"));
        var requested = requestUpload.execute(candidacyId(request), request.header("Authorization").orElse(null),
                JsonBody.text(body, "fileName"), JsonBody.text(body, "contentType"), JsonBody.integer(body, "size"));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("attachmentId", requested.attachment().id());
        json.put("attachment", CandidacyJson.attachment(requested.attachment(), PARIS));
        json.put("upload", CandidacyJson.upload(requested.upload(), PARIS));
        return ApiResponse.json(201, json, Map.of("Location",
                "/candidacies/" + candidacyId(request) + "/attachments/" + requested.attachment().id()));
    }
}
