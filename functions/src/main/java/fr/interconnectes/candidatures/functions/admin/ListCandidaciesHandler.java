package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.reporting.CandidacyListQuery;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.reporting.ListCandidacies;

/** {@code GET /admin/campaigns/{campaignId}/candidacies}: filtered, sorted, paginated dossiers. */
public final class ListCandidaciesHandler extends AdminFunction {

    private final ListCandidacies listCandidacies;

    /** On Lambda: the campaign and its dossiers in DynamoDB. */
    public ListCandidaciesHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ListCandidaciesHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies());
    }

    public ListCandidaciesHandler(Campaigns campaigns, Candidacies candidacies) {
        this.listCandidacies = new ListCandidacies(campaigns, candidacies);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var page = listCandidacies.execute(caller, request.campaignId(), CandidacyListQuery.of(request));
        return ApiResponse.json(200, AdminJson.page(page));
    }
}
