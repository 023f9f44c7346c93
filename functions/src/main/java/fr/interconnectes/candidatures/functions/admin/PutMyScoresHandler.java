package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.PutMyScores;
import java.util.Set;

/** {@code PUT /admin/candidacies/{candidacyId}/scores}: the assigned juror puts their own scores. */
public final class PutMyScoresHandler extends AdminFunction {

    /** Room for a 2,000-character comment, however it is escaped, beside the scores. */
    static final int MAX_BODY_BYTES = 32 * 1024;

    private final PutMyScores putMyScores;

    public PutMyScoresHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public PutMyScoresHandler(AdminPorts ports) {
        this.putMyScores = new PutMyScores(ports.access(), ports.campaigns(), ports.candidacies(),
                ports.juryRecords(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("scores", "comment"), MAX_BODY_BYTES);
        return ApiResponse.json(200, JuryJson.of(putMyScores.execute(caller, candidacyId(request), body)));
    }
}
