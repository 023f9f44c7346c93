package fr.interconnectes.candidatures.http.applications;

import fr.interconnectes.candidatures.applications.GrantExtension;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.http.AdminJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.http.JsonBody;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code PUT /admin/candidacies/{candidacyId}/extension} {@code {"deadline": "<ISO with offset>"|null, "reason"}}:
 * the organiser's request read, and the answer. That the deadline goes beyond the campaign's is
 * {@link GrantExtension}'s rule.
 */
public final class ExtensionJson {

    static final int MAX_REASON_LENGTH = 500;

    private ExtensionJson() {
    }

    /** @param deadline the personal deadline, or null to remove it */
    public record Request(Instant deadline, String reason) {
    }

    /** The request's body, which must be declared JSON. */
    public static Request read(ApiRequest request) {
        JsonBody.requireJson(request);
        return read(request.body());
    }

    /** The deadline must be given, null included, so that removing an extension is said on purpose. */
    public static Request read(String body) {
        var json = JsonBody.object(body, Set.of("deadline", "reason"));
        String deadlineText = JsonBody.text(json, "deadline");
        String reason = JsonBody.text(json, "reason");
        if (!json.has("deadline") || (reason != null && reason.length() > MAX_REASON_LENGTH)) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError(
                    json.has("deadline") ? "reason" : "deadline", json.has("deadline") ? "too_long" : "required",
                    new LocalizedText("Indiquez « deadline » (ou null pour retirer la prolongation) ; motif : 500 caractères au plus.",
                            "Give \"deadline\" (or null to remove the extension); reason: 500 characters at most."))));
        }
        try {
            return new Request(deadlineText == null ? null : OffsetDateTime.parse(deadlineText).toInstant(), reason);
        } catch (DateTimeException e) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("deadline", "invalid_datetime",
                    new LocalizedText("Date et heure ISO-8601 avec décalage.", "ISO-8601 date-time with offset."))));
        }
    }

    /** 200: the dossier's summary and the deadline it now has. */
    public static ApiResponse granted(GrantExtension.Granted granted) {
        var zone = granted.campaign().timeZone();
        Map<String, Object> json = new LinkedHashMap<>(AdminJson.summary(granted.candidacy(), zone));
        json.put("deadline", CandidacyJson.time(granted.candidacy().deadline(granted.campaign()), zone));
        return ApiResponse.json(200, json, Map.of());
    }
}
