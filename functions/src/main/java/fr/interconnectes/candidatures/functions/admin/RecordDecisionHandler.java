package fr.interconnectes.candidatures.functions.admin;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.decisions.RecordDecision;
import java.util.Set;

/** {@code PUT /admin/candidacies/{candidacyId}/decision}: {@code {"outcome", "message"}}, kept pending. */
public final class RecordDecisionHandler extends AdminFunction {

    /** Room for a note of 2000 characters, each up to 4 bytes in UTF-8, escapes included. */
    static final int MAX_BODY_BYTES = 16 * 1024;

    private final RecordDecision recordDecision;

    public RecordDecisionHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public RecordDecisionHandler(AdminPorts ports) {
        this.recordDecision = new RecordDecision(ports.campaigns(), ports.candidacies(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("outcome", "message"), MAX_BODY_BYTES);
        var view = recordDecision.record(caller, candidacyId(request), JsonBody.text(body, "outcome"),
                JsonBody.text(body, "message"));
        return ApiResponse.json(200, DecisionJson.decision(view));
    }
}
