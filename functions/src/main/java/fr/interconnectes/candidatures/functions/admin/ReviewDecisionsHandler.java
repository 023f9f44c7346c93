package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.decisions.ReviewDecisions;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;

/** {@code GET /admin/campaigns/{campaignId}/decisions}: every submitted dossier, its decision, what sending does. */
public final class ReviewDecisionsHandler extends AdminFunction {

    private final ReviewDecisions reviewDecisions;

    /** On Lambda: the campaign's submitted dossiers in DynamoDB. */
    public ReviewDecisionsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ReviewDecisionsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies());
    }

    public ReviewDecisionsHandler(Campaigns campaigns, Candidacies candidacies) {
        this.reviewDecisions = new ReviewDecisions(campaigns, candidacies);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, DecisionJson.review(reviewDecisions.execute(caller, request.campaignId())));
    }
}
