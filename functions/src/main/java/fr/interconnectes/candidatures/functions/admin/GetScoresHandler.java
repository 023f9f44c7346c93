package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.GetScores;
import java.util.Map;

/** {@code GET /admin/candidacies/{candidacyId}/scores}: the organisers' or the juror's view of the scores. */
public final class GetScoresHandler extends AdminFunction {

    private final GetScores getScores;

    public GetScoresHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public GetScoresHandler(AdminPorts ports) {
        this.getScores = new GetScores(ports.access(), ports.campaigns(), ports.candidacies(), ports.juryRecords());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var language = request.language();
        return ApiResponse.json(200, JuryJson.of(getScores.execute(caller, candidacyId(request)), language),
                Map.of("Content-Language", language.code()));
    }
}
