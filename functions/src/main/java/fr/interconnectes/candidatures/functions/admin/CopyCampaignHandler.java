package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CampaignJson;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.campaigns.SaveCampaign;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code POST /admin/campaigns/{campaignId}/copy} {@code {"id", "edition"}}: a new edition from this one. */
public final class CopyCampaignHandler extends AdminFunction {

    private final SaveCampaign saveCampaign;

    public CopyCampaignHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public CopyCampaignHandler(AdminPorts ports) {
        this.saveCampaign = new SaveCampaign(ports.campaigns(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("id", "edition"));
        Long edition = JsonBody.integer(body, "edition");
        if (edition == null || edition < 2000 || edition > 2100) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("edition", "out_of_range",
                    new LocalizedText("Année entre 2000 et 2100.", "Year between 2000 and 2100."))));
        }
        var saved = saveCampaign.copy(caller, campaignId(request), JsonBody.text(body, "id"), edition.intValue());
        return ApiResponse.json(201, CampaignJson.of(saved.campaign(), request.language()),
                Map.of("Location", "/campaigns/" + saved.campaign().campaign().id()));
    }
}
