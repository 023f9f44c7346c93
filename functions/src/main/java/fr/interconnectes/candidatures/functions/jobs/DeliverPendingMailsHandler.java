package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.port.Metrics;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.ScheduledFunction;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.notifications.Outbox;
import fr.interconnectes.candidatures.notifications.SendRate;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;

/** Scheduled: sends the outbox mails still pending, with backoff, never one twice. */
public final class DeliverPendingMailsHandler extends ScheduledFunction {

    private static final JsonLogger LOG = JsonLogger.of(DeliverPendingMailsHandler.class);

    private final DeliverPendingMails deliverPendingMails;

    /** On Lambda: the dossiers' outboxes in DynamoDB, sent through SES; the mails' links are put in only now. */
    public DeliverPendingMailsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private DeliverPendingMailsHandler(AwsAdapters aws) {
        this(aws.candidacies(), aws.mailer(), aws.mailTemplates(), aws.accessTokens(), aws.dossierLinks(), aws.clock(),
                aws.metrics(), settings(aws.environment(), aws.mailSendRate()));
    }

    public DeliverPendingMailsHandler(Candidacies candidacies, Mailer mailer, MailTemplates templates,
                                      AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {
        this(candidacies, mailer, templates, tokens, links, clock, metrics, DeliverPendingMails.Settings.DEFAULT);
    }

    /** @param settings how long a run lasts, how many dossiers at once, and SES's send rate, which the mailer keeps to */
    public DeliverPendingMailsHandler(Candidacies candidacies, Mailer mailer, MailTemplates templates,
                                      AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics,
                                      DeliverPendingMails.Settings settings) {
        this.deliverPendingMails = new DeliverPendingMails(new Outbox(candidacies, new CandidacyWriter(candidacies),
                new SendRate(mailer, settings.mailsPerSecond()), templates, tokens, links, clock, metrics), settings);
    }

    /** {@code MAIL_SENDERS}, {@code MAIL_DRAIN_SECONDS}, as template.yaml sets them, and the send rate. */
    static DeliverPendingMails.Settings settings(Environment environment, double mailsPerSecond) {
        var defaults = DeliverPendingMails.Settings.DEFAULT;
        return new DeliverPendingMails.Settings(
                environment.optional("MAIL_DRAIN_SECONDS").map(Long::parseLong).map(Duration::ofSeconds)
                        .orElse(defaults.budget()),
                environment.optional("MAIL_SENDERS").map(Integer::parseInt).orElse(defaults.senders()),
                mailsPerSecond);
    }

    @Override
    protected Map<String, Object> run(ScheduledEvent event, Context context) {
        var round = deliverPendingMails.execute();
        LOG.info("outbox round", "sent", round.sent(), "failed", round.failed());
        return Map.of("sent", round.sent(), "failed", round.failed());
    }
}
