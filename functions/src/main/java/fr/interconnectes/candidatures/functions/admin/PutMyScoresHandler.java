package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.SubmitScores;

/** {@code PUT /admin/candidacies/{candidacyId}/scores}: the assigned juror puts their own scores. */
public final class PutMyScoresHandler extends AdminFunction {

    private final SubmitScores submitScores;

    public PutMyScoresHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public PutMyScoresHandler(AdminPorts ports) {
        this.submitScores = new SubmitScores(ports.access(), ports.campaigns(), ports.candidacies(),
                ports.juryRecords(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var sheet = JuryRequests.submitScores(candidacyId(request), request);
        return ApiResponse.json(200, JuryJson.of(submitScores.execute(caller, sheet)));
    }
}
