package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.applications.ApplicantPorts;
import fr.interconnectes.candidatures.applications.WithdrawCandidacy;
import java.util.Map;

/** {@code POST /candidacies/{candidacyId}/withdraw}: possible even after the deadline. */
public final class WithdrawCandidacyHandler extends HttpFunction {

    private final WithdrawCandidacy withdrawCandidacy;

    public WithdrawCandidacyHandler() {
        this(AwsAdapters.fromEnvironment().applicantPorts());
    }

    public WithdrawCandidacyHandler(ApplicantPorts ports) {
        this.withdrawCandidacy = new WithdrawCandidacy(ports.access(), ports.campaigns(), ports.writer(),
                ports.forms(), ports.notifier(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var view = withdrawCandidacy.execute(candidacyId(request), request.header("Authorization").orElse(null));
        return ApiResponse.json(200, CandidacyJson.of(view, request.language()),
                Map.of("ETag", CandidacyJson.etag(view.candidacy())));
    }
}
