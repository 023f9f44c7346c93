package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.notifications.MailResponses;
import fr.interconnectes.candidatures.notifications.ListDossierMails;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;

/** {@code GET /admin/candidacies/{candidacyId}/mails}: what the applicant was sent, when, and what became of it. */
public final class ListDossierMailsHandler extends AdminFunction {

    private final ListDossierMails listDossierMails;

    /** On Lambda: the dossier and its campaign in DynamoDB. */
    public ListDossierMailsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private ListDossierMailsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies());
    }

    /** Reading sends nothing: no mailer, no clock. */
    public ListDossierMailsHandler(Campaigns campaigns, Candidacies candidacies) {
        this.listDossierMails = new ListDossierMails(campaigns, candidacies);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return MailResponses.mails(listDossierMails.execute(caller, request.candidacyId()));
    }
}
