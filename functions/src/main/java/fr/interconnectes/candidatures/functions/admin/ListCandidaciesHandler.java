package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.reporting.ListCandidacies;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code GET /admin/campaigns/{campaignId}/candidacies}: filtered, sorted, paginated dossiers. */
public final class ListCandidaciesHandler extends AdminFunction {

    private final ListCandidacies listCandidacies;

    public ListCandidaciesHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public ListCandidaciesHandler(AdminPorts ports) {
        this.listCandidacies = new ListCandidacies(ports.campaigns(), ports.candidacies());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var page = listCandidacies.execute(caller, campaignId(request), request.queryParameters());
        var zone = page.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", page.campaign().id());
        json.put("total", page.total());
        json.put("items", page.items().stream().map(c -> AdminJson.summary(c, zone)).toList());
        json.put("nextCursor", page.nextCursor());
        return ApiResponse.json(200, json);
    }
}
