package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.applications.SendAccessLinks;
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

/** {@code POST /campaigns/{campaignId}/access-links}: always 202, whether or not the address has dossiers. */
public final class SendAccessLinksHandler extends HttpFunction {

    private final SendAccessLinks sendAccessLinks;

    /** On Lambda: the dossiers in DynamoDB; the links are recorded with them, and the table's stream sends them. */
    public SendAccessLinksHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SendAccessLinksHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.accessTokens(), aws.dossierLinks(), aws.clock());
    }

    public SendAccessLinksHandler(Campaigns campaigns, Candidacies candidacies,
                                  AccessTokens tokens, DossierLinks links, Clock clock) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        ApplicantNotifier notifier = ApplicantNotifier.recording(tokens, links);
        this.sendAccessLinks = new SendAccessLinks(campaigns, candidacies, writer, notifier, clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request) {
        sendAccessLinks.execute(request.campaignId(), ApplicantRequests.accessLinksEmail(request));
        return ApplicantResponses.accessLinksSent(request.language());
    }
}
