package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.CreateCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.IdempotencyKeys;
import java.time.Clock;

/** {@code POST /campaigns/{campaignId}/candidacies}: a new draft, and its access token (shown once). */
public final class CreateCandidacyHandler extends HttpFunction {

    private final ApplicantRequests requests;
    private final CreateCandidacy createCandidacy;

    /** On Lambda: the dossier and the client's Idempotency-Key in DynamoDB. */
    public CreateCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private CreateCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.idempotencyKeys(), aws.accessTokens(), aws.clock());
    }

    public CreateCandidacyHandler(Campaigns campaigns, Candidacies candidacies, IdempotencyKeys idempotencyKeys,
                                  AccessTokens tokens, Clock clock) {
        this.requests = new ApplicantRequests(clock);
        this.createCandidacy = new CreateCandidacy(campaigns, candidacies, idempotencyKeys, tokens, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApplicantResponses.created(createCandidacy.execute(requests.createCandidacy(request)));
    }
}
