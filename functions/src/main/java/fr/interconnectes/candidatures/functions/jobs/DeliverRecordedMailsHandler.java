package fr.interconnectes.candidatures.functions.jobs;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.DeliverRecordedMails;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.notifications.Outbox;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.Metrics;
import java.time.Clock;
import java.util.List;

/**
 * DynamoDB stream: the mails an applicant's request recorded with the dossier (its confirmation, withdrawal, lost
 * links), sent within a second or so of the write. The event source lets through only dossiers written with a mail
 * due; a record the table could not answer for is handed back to Lambda, which retries it, then keeps it in the
 * failure queue; a mail SES refuses stays pending for the retry job. Never one mail twice: each is claimed first.
 */
public final class DeliverRecordedMailsHandler extends DossierStreamFunction {

    private static final JsonLogger LOG = JsonLogger.of(DeliverRecordedMailsHandler.class);

    private final DeliverRecordedMails deliverRecordedMails;

    /**
     * On Lambda: the dossiers' outboxes in DynamoDB, written out by the templates where recorded unwritten, sent
     * through SES at the account's send rate.
     */
    public DeliverRecordedMailsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private DeliverRecordedMailsHandler(AwsAdapters aws) {
        this(aws.candidacies(), aws.mailerAtSendRate(), aws.mailTemplates(), aws.accessTokens(), aws.dossierLinks(),
                aws.clock(), aws.metrics());
    }

    public DeliverRecordedMailsHandler(Candidacies candidacies, Mailer mailer, MailTemplates templates,
                                       AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {
        this.deliverRecordedMails = new DeliverRecordedMails(candidacies,
                new Outbox(candidacies, new CandidacyWriter(candidacies), mailer, templates, tokens, links, clock,
                        metrics));
    }

    @Override
    protected List<String> handleDossiers(int records, List<String> candidacyIds) {
        var result = deliverRecordedMails.execute(candidacyIds);
        LOG.info("stream batch", "records", records, "dossiers", result.dossiers(),
                "sent", result.sent(), "failed", result.failed(), "handedBack", result.unreachable().size());
        return result.unreachable();
    }
}
