package fr.interconnectes.candidatures.functions.jobs;

import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.functions.ScheduledFunction;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import fr.interconnectes.candidatures.http.SelectionDayJson;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JurorReminders;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.JuryProgress;
import fr.interconnectes.candidatures.selectionday.RemindJurors;
import java.time.Clock;
import java.util.Map;

/**
 * Scheduled: after a selection day, reminds each juror of the dossiers they have not scored, once a day at most
 * (the claim of each juror's day makes retries and runs at the same time send nothing more).
 */
public final class RemindJurorsHandler extends ScheduledFunction {

    private static final JsonLogger LOG = JsonLogger.of(RemindJurorsHandler.class);

    private final RemindJurors remindJurors;

    /** On Lambda: campaigns, dossiers, jury records, selection days and reminders in DynamoDB, mails through SES. */
    public RemindJurorsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private RemindJurorsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.selectionDays(), aws.jurorReminders(),
                aws.mailer(), aws.mailTemplates(), aws.auditLog(), aws.clock());
    }

    public RemindJurorsHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                               SelectionDays days, JurorReminders reminders, Mailer mailer, MailTemplates templates,
                               AuditLog auditLog, Clock clock) {
        this.remindJurors = new RemindJurors(campaigns, new JuryProgress(campaigns, candidacies, juryRecords, days),
                reminders, mailer, templates, new Audit(auditLog, clock), clock);
    }

    @Override
    protected Map<String, Object> run(ScheduledEvent event, Context context) {
        var result = remindJurors.remindDue();
        LOG.info("jury reminders", "mailed", result.mailed().size(), "jurors", result.reminders().size());
        return SelectionDayJson.of(result);
    }
}
