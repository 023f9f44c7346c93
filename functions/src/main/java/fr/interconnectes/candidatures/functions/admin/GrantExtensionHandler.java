package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.applications.GrantExtension;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.applications.ExtensionJson;

/**
 * {@code PUT /admin/candidacies/{candidacyId}/extension} {@code {"deadline": "<ISO with offset>"|null,
 * "reason"}}: a personal deadline for one dossier (null removes it).
 */
public final class GrantExtensionHandler extends AdminFunction {

    private final GrantExtension grantExtension;

    public GrantExtensionHandler() {
        this(AwsAdapters.fromEnvironment().adminPorts());
    }

    public GrantExtensionHandler(AdminPorts ports) {
        this.grantExtension = new GrantExtension(ports.campaigns(), ports.candidacies(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        requireJson(request);
        var extension = ExtensionJson.read(request.body());
        return ExtensionJson.granted(grantExtension.execute(caller, candidacyId(request), extension.deadline(),
                extension.reason()));
    }
}
