package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.reporting.GetDossier;
import java.time.Clock;

/** {@code GET /admin/candidacies/{candidacyId}}: a dossier in full, with download links. */
public final class GetDossierHandler extends AdminFunction {

    private final GetDossier getDossier;

    /** On Lambda: the dossier, its jury and the audit log in DynamoDB; its files' links signed for S3. */
    public GetDossierHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GetDossierHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.fileStore(), aws.auditLog(), aws.clock());
    }

    public GetDossierHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, FileStore files,
                             AuditLog auditLog, Clock clock) {
        this.getDossier = new GetDossier(campaigns, candidacies, juryRecords, new AdminAccess(juryRecords), files,
                new Audit(auditLog, clock));
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, AdminJson.dossier(getDossier.execute(caller, request.candidacyId())));
    }
}
