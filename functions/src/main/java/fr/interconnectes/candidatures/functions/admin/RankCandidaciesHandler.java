package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.RankingJson;
import fr.interconnectes.candidatures.http.jury.RankingQuery;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.RankCandidacies;

/**
 * {@code GET /admin/campaigns/{campaignId}/ranking?aggregation=mean|median&normalise=true|false}: rank,
 * score, per-criterion scores, number of scores, spread, ties.
 */
public final class RankCandidaciesHandler extends AdminFunction {

    private final RankCandidacies rankCandidacies;

    public RankCandidaciesHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public RankCandidaciesHandler(AdminPorts ports) {
        this.rankCandidacies = new RankCandidacies(ports.campaigns(), ports.candidacies(), ports.juryRecords());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var result = rankCandidacies.execute(caller, campaignId(request), RankingQuery.of(request));
        return ApiResponse.json(200, RankingJson.of(result));
    }
}
