package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.port.Metrics;
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
import java.util.Map;

/** {@code POST /campaigns/{campaignId}/candidacies}: a new draft, and its access token (shown once). */
public final class CreateCandidacyHandler extends HttpFunction {

    private final ApplicantRequests requests;
    private final CreateCandidacy createCandidacy;

    /** On Lambda: the dossier and the client's Idempotency-Key in DynamoDB. */
    public CreateCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private CreateCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.idempotencyKeys(), aws.accessTokens(), aws.clock(), aws.metrics());
    }

    public CreateCandidacyHandler(Campaigns campaigns, Candidacies candidacies, IdempotencyKeys idempotencyKeys,
                                  AccessTokens tokens, Clock clock, Metrics metrics) {
        this.requests = new ApplicantRequests(clock);
        this.createCandidacy = new CreateCandidacy(campaigns, candidacies, idempotencyKeys, tokens, clock, metrics);
    }

    /**
     * Priming: a complete application to a campaign that does not exist (and no Idempotency-Key): the whole form is
     * read and checked, the campaign looked up and not found, nothing written.
     */
    @Override
    protected byte[] primingEvent() {
        return primingRequest("POST", Map.of(), PRIMING_APPLICATION);
    }

    private static final String PRIMING_APPLICATION = """
            {"applicant": {"organisation": "Commune d'Amorçage", "kind": "commune", "siren": "200066793",
              "contact": {"name": "Élise Martin", "role": "DGS", "email": "priming@example.org",
                          "phone": "04 50 63 48 48"}},
             "project": {"title": "Amorçage", "summary": "Amorçage.", "description": "Amorçage.", "stage": "en_cours",
              "partners": "Aucun", "userInvolvement": "Aucune", "pooling": "Aucune", "returnOnInvestment": "Aucun"},
             "language": "fr"}
            """;

    @Override
    protected ApiResponse handle(ApiRequest request) {
        return ApplicantResponses.created(createCandidacy.execute(requests.createCandidacy(request)));
    }
}
