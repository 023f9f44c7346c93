package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.JuryJson;
import fr.interconnectes.candidatures.http.jury.JuryRequests;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.jury.AssignJurors;

/** {@code PUT /admin/candidacies/{candidacyId}/jurors}: an organiser sets the dossier's jurors. */
public final class AssignJurorsHandler extends AdminFunction {

    private final AssignJurors assignJurors;

    public AssignJurorsHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public AssignJurorsHandler(AdminPorts ports) {
        this.assignJurors = new AssignJurors(ports.campaigns(), ports.candidacies(), ports.juryRecords(),
                ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var jurors = JuryRequests.assignJurors(candidacyId(request), request);
        return ApiResponse.json(200, JuryJson.of(assignJurors.execute(caller, jurors)));
    }
}
