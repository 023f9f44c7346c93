package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.SelectionDayJson;
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

/** {@code POST /admin/campaigns/{campaignId}/jury-reminders}: an organiser reminds the jurors who have not scored. */
public final class SendJuryRemindersHandler extends AdminFunction {

    private final RemindJurors remindJurors;

    /** On Lambda: the campaign, its dossiers, jury records, selection day and reminders in DynamoDB, mails through SES. */
    public SendJuryRemindersHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SendJuryRemindersHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.selectionDays(), aws.jurorReminders(),
                aws.mailer(), aws.mailTemplates(), aws.auditLog(), aws.clock());
    }

    public SendJuryRemindersHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                                    SelectionDays days, JurorReminders reminders, Mailer mailer,
                                    MailTemplates templates, AuditLog auditLog, Clock clock) {
        this.remindJurors = new RemindJurors(campaigns, new JuryProgress(campaigns, candidacies, juryRecords, days),
                reminders, mailer, templates, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, SelectionDayJson.of(remindJurors.remindCampaign(caller, request.campaignId())));
    }
}
