package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.SubmitCandidacy;
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
import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.time.Clock;

/** {@code POST /candidacies/{candidacyId}/submit}: receipt number and confirmation mail. */
public final class SubmitCandidacyHandler extends HttpFunction {

    private final SubmitCandidacy submitCandidacy;

    /**
     * On Lambda: the dossier and its receipt counter in DynamoDB; the confirmation is recorded with the dossier,
     * unwritten, and the table's stream writes and sends it (DeliverRecordedMailsHandler), so neither a mail client
     * nor the templates are built here.
     */
    public SubmitCandidacyHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SubmitCandidacyHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.receiptCounters(), aws.accessTokens(), aws.dossierLinks(),
                aws.clock(), aws.metrics());
    }

    public SubmitCandidacyHandler(Campaigns campaigns, Candidacies candidacies, ReceiptCounters receiptCounters,
                                  AccessTokens tokens, DossierLinks links,
                                  Clock clock, Metrics metrics) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        this.submitCandidacy = new SubmitCandidacy(new ApplicantAccess(candidacies), campaigns, writer,
                receiptCounters, new ApplicationForms(), ApplicantNotifier.recording(tokens, links), clock, metrics);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        var view = submitCandidacy.execute(request.candidacyId(), ApplicantRequests.authorization(request),
                request.received());
        return ApplicantResponses.dossier(view, request.language());
    }
}
