package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.SubmitCandidacy;
import java.util.Map;

/** {@code POST /candidacies/{candidacyId}/submit}: receipt number and confirmation mail. */
public final class SubmitCandidacyHandler extends HttpFunction {

    private final SubmitCandidacy submitCandidacy;

    public SubmitCandidacyHandler() {
        this(Wiring.fromEnvironment().applicantPorts());
    }

    public SubmitCandidacyHandler(ApplicantPorts ports) {
        this.submitCandidacy = new SubmitCandidacy(ports.access(), ports.campaigns(), ports.writer(),
                ports.receiptCounters(), ports.forms(), ports.notifier(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var view = submitCandidacy.execute(candidacyId(request), request.header("Authorization").orElse(null));
        return ApiResponse.json(200, CandidacyJson.of(view, request.language()),
                Map.of("ETag", CandidacyJson.etag(view.candidacy())));
    }
}
