package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.DeclareConflict;

/** {@code PUT /admin/candidacies/{candidacyId}/conflict}: the assigned juror declares a conflict of interest. */
public final class DeclareConflictHandler extends AdminFunction {

    private final DeclareConflict declareConflict;

    public DeclareConflictHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public DeclareConflictHandler(AdminPorts ports) {
        this.declareConflict = new DeclareConflict(ports.access(), ports.campaigns(), ports.candidacies(),
                ports.juryRecords(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var conflict = JuryRequests.declareConflict(candidacyId(request), request);
        return ApiResponse.json(200, JuryJson.of(declareConflict.execute(caller, conflict)));
    }
}
