package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.port.Metrics;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.SendDraftReminders;
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

/** Scheduled: reminds drafts whose deadline is near, once per reminder offset of their campaign. */
public final class SendDraftRemindersHandler extends ScheduledFunction {

    private static final JsonLogger LOG = JsonLogger.of(SendDraftRemindersHandler.class);

    private final SendDraftReminders sendDraftReminders;

    /** On Lambda: campaigns and dossiers in DynamoDB, the reminders through SES with their links put in. */
    public SendDraftRemindersHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SendDraftRemindersHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.mailer(), aws.mailTemplates(), aws.accessTokens(),
                aws.dossierLinks(), aws.clock(), aws.metrics());
    }

    public SendDraftRemindersHandler(Campaigns campaigns, Candidacies candidacies, Mailer mailer,
                                     MailTemplates templates, AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        ApplicantNotifier notifier = ApplicantNotifier.delivering(writer, mailer, templates, tokens, links, clock, metrics);
        this.sendDraftReminders = new SendDraftReminders(campaigns, candidacies, writer, notifier,
                new ApplicationForms(), clock);
    }

    @Override
    protected Map<String, Object> run(ScheduledEvent event, Context context) {
        var round = sendDraftReminders.execute();
        LOG.info("reminder round", "reminded", round.reminded(), "failed", round.failed());
        return Map.of("reminded", round.reminded(), "failed", round.failed());
    }
}
