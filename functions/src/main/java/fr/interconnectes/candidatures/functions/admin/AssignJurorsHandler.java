package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.jury.AssignJurors;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;

/** {@code PUT /admin/candidacies/{candidacyId}/jurors}: an organiser sets the dossier's jurors. */
public final class AssignJurorsHandler extends AdminFunction {

    private final AssignJurors assignJurors;

    /** On Lambda: the dossier, its jury records and the audit log in DynamoDB. */
    public AssignJurorsHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private AssignJurorsHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.auditLog(), aws.clock());
    }

    public AssignJurorsHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                               AuditLog auditLog, Clock clock) {
        this.assignJurors = new AssignJurors(campaigns, candidacies, juryRecords, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var jurors = JuryRequests.assignJurors(request.candidacyId(), request);
        return ApiResponse.json(200, JuryJson.of(assignJurors.execute(caller, jurors)));
    }
}
