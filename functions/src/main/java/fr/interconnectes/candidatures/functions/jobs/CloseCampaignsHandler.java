package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.port.Metrics;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.applications.CloseCampaigns;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.ScheduledFunction;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;
import java.util.Map;

/** Scheduled: closes campaigns past their deadline, expiring their drafts and telling their applicants. */
public final class CloseCampaignsHandler extends ScheduledFunction {

    private static final JsonLogger LOG = JsonLogger.of(CloseCampaignsHandler.class);

    private final CloseCampaigns closeCampaigns;

    /**
     * On Lambda: campaigns and dossiers in DynamoDB, the expiry notices through SES (with any earlier mail of the
     * dossier still pending, links included).
     */
    public CloseCampaignsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private CloseCampaignsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.mailer(), aws.mailTemplates(), aws.accessTokens(),
                aws.dossierLinks(), aws.clock(), aws.metrics());
    }

    public CloseCampaignsHandler(Campaigns campaigns, Candidacies candidacies, Mailer mailer, MailTemplates templates,
                                 AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        ApplicantNotifier notifier = ApplicantNotifier.delivering(writer, mailer, templates, tokens,
                links, clock, metrics);
        this.closeCampaigns = new CloseCampaigns(campaigns, candidacies, writer, notifier, clock);
    }

    @Override
    protected Map<String, Object> run(ScheduledEvent event, Context context) {
        var closed = closeCampaigns.execute();
        LOG.info("closing round", "closedCampaigns", closed.campaigns(), "expiredDrafts", closed.expiredDrafts());
        return Map.of("closedCampaigns", closed.campaigns(), "expiredDrafts", closed.expiredDrafts());
    }
}
