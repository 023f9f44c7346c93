package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.WithdrawCandidacy;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.HttpFunction;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ApplicantRequests;
import fr.interconnectes.candidatures.http.applications.ApplicantResponses;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;

/** {@code POST /candidacies/{candidacyId}/withdraw}: possible even after the deadline. */
public final class WithdrawCandidacyHandler extends HttpFunction {

    private final WithdrawCandidacy withdrawCandidacy;

    /** On Lambda: the dossier in DynamoDB; the notice is recorded with it, and the table's stream sends it. */
    public WithdrawCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private WithdrawCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.accessTokens(), aws.dossierLinks(), aws.clock());
    }

    public WithdrawCandidacyHandler(Campaigns campaigns, Candidacies candidacies,
                                    AccessTokens tokens, DossierLinks links, Clock clock) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        ApplicantNotifier notifier = ApplicantNotifier.recording(tokens, links);
        this.withdrawCandidacy = new WithdrawCandidacy(new ApplicantAccess(candidacies), campaigns, writer,
                new ApplicationForms(), notifier, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var view = withdrawCandidacy.execute(request.candidacyId(),
                ApplicantRequests.authorization(request), request.received());
        return ApplicantResponses.dossier(view, request.language());
    }
}
