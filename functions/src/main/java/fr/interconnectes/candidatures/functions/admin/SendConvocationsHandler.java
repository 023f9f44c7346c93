package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.convocations.Organizer;
import fr.interconnectes.candidatures.convocations.SendConvocations;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.ConvocationJson;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.time.Clock;

/**
 * {@code POST /admin/campaigns/{campaignId}/convocations/send}, no body: mails each applicant of the timetable what
 * changed for them (convocation, update, cancellation) with a calendar invite; safe to call again.
 */
public final class SendConvocationsHandler extends AdminFunction {

    private final SendConvocations sendConvocations;

    /** On Lambda: the timetable and the dossiers in DynamoDB, the mails through SES, raw when they carry an invite. */
    public SendConvocationsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SendConvocationsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.selectionDays(), aws.auditLog(), aws.mailer(),
                aws.mailTemplates(), aws.accessTokens(), aws.dossierLinks(), aws.organizer(), aws.clock(), aws.metrics());
    }

    public SendConvocationsHandler(Campaigns campaigns, Candidacies candidacies, SelectionDays days,
                                   AuditLog auditLog, Mailer mailer, MailTemplates templates, AccessTokens tokens,
                                   DossierLinks links, Organizer organizer, Clock clock, Metrics metrics) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        ApplicantNotifier notifier = ApplicantNotifier.delivering(writer, mailer, templates, tokens, links, clock, metrics);
        this.sendConvocations = new SendConvocations(campaigns, candidacies, days, writer, notifier,
                new Audit(auditLog, clock), organizer, clock, SendConvocations.DEFAULT_DELIVERY_BUDGET);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, ConvocationJson.sent(sendConvocations.execute(caller, request.campaignId())));
    }
}
