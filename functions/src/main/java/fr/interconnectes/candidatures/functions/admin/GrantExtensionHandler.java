package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.applications.GrantExtension;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ExtensionJson;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;

/**
 * {@code PUT /admin/candidacies/{candidacyId}/extension} {@code {"deadline": "<ISO with offset>"|null,
 * "reason"}}: a personal deadline for one dossier (null removes it).
 */
public final class GrantExtensionHandler extends AdminFunction {

    private final GrantExtension grantExtension;

    /** On Lambda: the dossier, its campaign and the audit log in DynamoDB. */
    public GrantExtensionHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private GrantExtensionHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.auditLog(), aws.clock());
    }

    public GrantExtensionHandler(Campaigns campaigns, Candidacies candidacies, AuditLog auditLog, Clock clock) {
        this.grantExtension = new GrantExtension(campaigns, new CandidacyWriter(candidacies),
                new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var extension = ExtensionJson.read(request);
        return ExtensionJson.granted(grantExtension.execute(caller, request.candidacyId(), extension.deadline(),
                extension.reason()));
    }
}
