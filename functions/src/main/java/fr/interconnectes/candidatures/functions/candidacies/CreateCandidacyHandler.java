package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.CreateCandidacy;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code POST /campaigns/{campaignId}/candidacies}: a new draft, and its access token (shown once). */
public final class CreateCandidacyHandler extends HttpFunction {

    private final CreateCandidacy createCandidacy;

    public CreateCandidacyHandler() {
        this(Wiring.fromEnvironment().applicantPorts());
    }

    public CreateCandidacyHandler(ApplicantPorts ports) {
        this.createCandidacy = new CreateCandidacy(ports.campaigns(), ports.candidacies(), ports.idempotencyKeys(),
                ports.tokens(), ports.forms(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        requireJson(request);
        var created = createCandidacy.execute(request.pathParameter("campaignId").orElse(""), request.body(),
                request.header("Idempotency-Key"));
        var candidacy = created.candidacy();
        var zone = created.campaign().timeZone();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", candidacy.id());
        body.put("status", candidacy.status().code());
        body.put("version", candidacy.version());
        body.put("accessToken", created.accessToken());
        body.put("deadline", CandidacyJson.time(candidacy.deadline(created.campaign()), zone));
        body.put("createdAt", CandidacyJson.time(candidacy.createdAt(), zone));
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Location", "/candidacies/" + candidacy.id());
        headers.put("ETag", CandidacyJson.etag(candidacy));
        if (created.replayed()) {
            headers.put("Idempotent-Replayed", "true");
        }
        return ApiResponse.json(201, body, headers);
    }
}
