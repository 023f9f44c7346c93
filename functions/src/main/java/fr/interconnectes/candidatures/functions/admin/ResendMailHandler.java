package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.notifications.MailRequests;
import fr.interconnectes.candidatures.http.notifications.MailResponses;
import fr.interconnectes.candidatures.notifications.ApplicantNotifier;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.notifications.ResendMail;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;

/**
 * {@code POST /admin/candidacies/{candidacyId}/mails/{mailId}/resend} (header Idempotency-Key): the mail again,
 * through the outbox, to the contact's address now; audited; once per key.
 */
public final class ResendMailHandler extends AdminFunction {

    private final ResendMail resendMail;

    /** On Lambda: the dossier, its campaign and the audit log in DynamoDB; the mail through SES. */
    public ResendMailHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ResendMailHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.auditLog(), aws.mailer(), aws.mailTemplates(), aws.accessTokens(),
                aws.dossierLinks(), aws.clock(), aws.metrics());
    }

    public ResendMailHandler(Campaigns campaigns, Candidacies candidacies, AuditLog auditLog, Mailer mailer,
                             MailTemplates templates, AccessTokens tokens, DossierLinks links, Clock clock, Metrics metrics) {
        CandidacyWriter writer = new CandidacyWriter(candidacies);
        this.resendMail = new ResendMail(campaigns, writer,
                ApplicantNotifier.delivering(writer, mailer, templates, tokens, links, clock, metrics), new Audit(auditLog, clock),
                clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return MailResponses.resent(resendMail.execute(caller, MailRequests.resend(request)));
    }
}
