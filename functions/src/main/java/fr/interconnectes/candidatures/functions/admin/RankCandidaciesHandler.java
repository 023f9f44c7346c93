package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.RankingJson;
import fr.interconnectes.candidatures.http.jury.RankingQuery;
import fr.interconnectes.candidatures.jury.RankCandidacies;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;

/**
 * {@code GET /admin/campaigns/{campaignId}/ranking?aggregation=mean|median&normalise=true|false}: rank,
 * score, per-criterion scores, number of scores, spread, ties.
 */
public final class RankCandidaciesHandler extends AdminFunction {

    private final RankCandidacies rankCandidacies;

    /** On Lambda: the campaign's submitted dossiers and score sheets in DynamoDB. */
    public RankCandidaciesHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private RankCandidaciesHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords());
    }

    public RankCandidaciesHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords) {
        this.rankCandidacies = new RankCandidacies(campaigns, candidacies, juryRecords);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var result = rankCandidacies.execute(caller, request.campaignId(), RankingQuery.of(request));
        return ApiResponse.json(200, RankingJson.of(result));
    }
}
