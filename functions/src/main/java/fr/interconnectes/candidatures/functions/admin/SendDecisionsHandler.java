package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.decisions.SendDecisions;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.decisions.DecisionRequests;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import java.time.Clock;

/**
 * {@code POST /admin/campaigns/{campaignId}/decisions/send}, body optional: {@code {"nationalCampaignId",
 * "nationalForum"}}. Tells every pending decision once; safe to call again.
 */
public final class SendDecisionsHandler extends AdminFunction {

    private final SendDecisions sendDecisions;

    /**
     * On Lambda: the dossiers, the national receipt counter and the audit log in DynamoDB, the mails through SES
     * (a dossier's earlier mails still pending go with its decision, links included).
     */
    public SendDecisionsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private SendDecisionsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.receiptCounters(), aws.auditLog(), aws.mailer(),
                aws.mailTemplates(), aws.accessTokens(), aws.dossierLinks(), aws.clock(), aws.metrics());
    }

    public SendDecisionsHandler(Campaigns campaigns, Candidacies candidacies, ReceiptCounters receiptCounters,
                                AuditLog auditLog, Mailer mailer, MailTemplates templates, AccessTokens tokens,
                                DossierLinks links, Clock clock, Metrics metrics) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        ApplicantNotifier notifier = ApplicantNotifier.delivering(writer, mailer, templates, tokens,
                links, clock, metrics);
        this.sendDecisions = new SendDecisions(campaigns, candidacies, writer, receiptCounters, notifier,
                new Audit(auditLog, clock), clock, SendDecisions.DEFAULT_DELIVERY_BUDGET, metrics);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var sending = DecisionRequests.sending(request);
        var result = sendDecisions.execute(caller, request.campaignId(), sending.nationalCampaignId(),
                sending.nationalForum());
        return ApiResponse.json(200, DecisionJson.sent(result));
    }
}
