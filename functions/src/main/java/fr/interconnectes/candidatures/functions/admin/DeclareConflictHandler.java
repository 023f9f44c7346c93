package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.jury.DeclareConflict;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;

/** {@code PUT /admin/candidacies/{candidacyId}/conflict}: the assigned juror declares a conflict of interest. */
public final class DeclareConflictHandler extends AdminFunction {

    private final DeclareConflict declareConflict;

    /** On Lambda: the dossier, the juror's record and the audit log in DynamoDB. */
    public DeclareConflictHandler() {
        this(AwsAdapters.fromEnvironment());
    }

    private DeclareConflictHandler(AwsAdapters aws) {
        this(aws.campaigns(), aws.candidacies(), aws.juryRecords(), aws.auditLog(), aws.clock());
    }

    public DeclareConflictHandler(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                                  AuditLog auditLog, Clock clock) {
        this.declareConflict = new DeclareConflict(new AdminAccess(juryRecords), campaigns, candidacies,
                juryRecords, new Audit(auditLog, clock), clock);
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var conflict = JuryRequests.declareConflict(request.candidacyId(), request);
        return ApiResponse.json(200, JuryJson.of(declareConflict.execute(caller, conflict)));
    }
}
