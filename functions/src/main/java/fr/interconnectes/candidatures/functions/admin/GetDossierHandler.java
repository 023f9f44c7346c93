package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.reporting.GetDossier;

/** {@code GET /admin/candidacies/{candidacyId}}: a dossier in full, with download links. */
public final class GetDossierHandler extends AdminFunction {

    private final GetDossier getDossier;

    public GetDossierHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public GetDossierHandler(AdminPorts ports) {
        this.getDossier = new GetDossier(ports.campaigns(), ports.candidacies(), ports.juryRecords(), ports.access(),
                ports.files(), ports.audit());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        return ApiResponse.json(200, AdminJson.dossier(getDossier.execute(caller, candidacyId(request))));
    }
}
