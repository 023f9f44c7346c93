package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.applications.GrantExtension;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code PUT /admin/candidacies/{candidacyId}/extension} {@code {"deadline": "<ISO with offset>"|null,
 * "reason"}}: a personal deadline for one dossier (null removes it).
 */
public final class GrantExtensionHandler extends AdminFunction {

    private final GrantExtension grantExtension;

    public GrantExtensionHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public GrantExtensionHandler(AdminPorts ports) {
        this.grantExtension = new GrantExtension(ports.campaigns(), ports.candidacies(), ports.audit(), ports.clock());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("deadline", "reason"));
        String deadlineText = JsonBody.text(body, "deadline");
        String reason = JsonBody.text(body, "reason");
        if (!body.has("deadline") || (reason != null && reason.length() > 500)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError(
                    body.has("deadline") ? "reason" : "deadline", body.has("deadline") ? "too_long" : "required",
                    new LocalizedText("Indiquez « deadline » (ou null pour retirer la prolongation) ; motif : 500 caractères au plus.",
                            "Give \"deadline\" (or null to remove the extension); reason: 500 characters at most."))));
        }
        Instant deadline;
        try {
            deadline = deadlineText == null ? null : OffsetDateTime.parse(deadlineText).toInstant();
        } catch (DateTimeException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("deadline", "invalid_datetime",
                    new LocalizedText("Date et heure ISO-8601 avec décalage.", "ISO-8601 date-time with offset."))));
        }
        var granted = grantExtension.execute(caller, candidacyId(request), deadline, reason);
        var zone = granted.campaign().timeZone();
        var json = new java.util.LinkedHashMap<>(AdminJson.summary(granted.candidacy(), zone));
        json.put("deadline", CandidacyJson.time(granted.candidacy().deadline(granted.campaign()), zone));
        return ApiResponse.json(200, json, Map.of());
    }
}
