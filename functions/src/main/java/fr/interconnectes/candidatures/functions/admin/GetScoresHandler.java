package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.jury.GetScores;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.Map;

/** {@code GET /admin/candidacies/{candidacyId}/scores}: the organisers' or the juror's view of the scores. */
public final class GetScoresHandler extends AdminFunction {

    private final GetScores getScores;

    /** On Lambda: the dossier and its jury records in DynamoDB; reading them is not audited. */
    public GetScoresHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetScoresHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords());
    }

    public GetScoresHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords) {
        this.getScores = new GetScores(new AdminAccess(juryRecords), campaigns, candidacies, juryRecords);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var language = request.language();
        return ApiResponse.json(200, JuryJson.of(getScores.execute(caller, request.candidacyId()), language),
                Map.of("Content-Language", language.code()));
    }
}
