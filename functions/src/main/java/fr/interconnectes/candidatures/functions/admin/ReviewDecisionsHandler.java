package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.decisions.ReviewDecisions;

/** {@code GET /admin/campaigns/{campaignId}/decisions}: every submitted dossier, its decision, what sending does. */
public final class ReviewDecisionsHandler extends AdminFunction {

    private final ReviewDecisions reviewDecisions;

    public ReviewDecisionsHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public ReviewDecisionsHandler(AdminPorts ports) {
        this.reviewDecisions = new ReviewDecisions(ports.campaigns(), ports.candidacies());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, DecisionJson.review(reviewDecisions.execute(caller, campaignId(request))));
    }
}
