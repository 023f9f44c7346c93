package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.functions.ScheduledFunction;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.Outbox;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;
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
        this(aws.candidacies(), aws.mailer(), aws.accessTokens(), aws.dossierLinks(), aws.clock());
    }

    public DeliverPendingMailsHandler(Candidacies candidacies, Mailer mailer, AccessTokens tokens, DossierLinks links,
                                      Clock clock) {
        this.deliverPendingMails = new DeliverPendingMails(
                new Outbox(candidacies, new CandidacyWriter(candidacies), mailer, tokens, links, clock));
    }

    @Override
    protected Map<String, Object> run(ScheduledEvent event, Context context) {
        var round = deliverPendingMails.execute();
        LOG.info("outbox round", "sent", round.sent(), "failed", round.failed());
        return Map.of("sent", round.sent(), "failed", round.failed());
    }
}
