package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.config.Wiring;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.http.DecisionJson;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.access.AdminPorts;
import fr.interconnectes.candidatures.audit.ReadAuditLog;
import java.util.List;

/** {@code GET /admin/campaigns/{campaignId}/audit?candidacyId=...&limit=100}: newest first, at most 500. */
public final class ReadAuditLogHandler extends AdminFunction {

    private final ReadAuditLog readAuditLog;

    public ReadAuditLogHandler() {
        this(Wiring.fromEnvironment().adminPorts());
    }

    public ReadAuditLogHandler(AdminPorts ports) {
        this.readAuditLog = new ReadAuditLog(ports.campaigns(), ports.auditLog());
    }

    @Override
    protected ApiResponse handle(ApiRequest request, Principal caller) {
        var entries = readAuditLog.execute(caller, campaignId(request), request.query("candidacyId").orElse(null),
                limit(request));
        return ApiResponse.json(200, DecisionJson.audit(entries));
    }

    /** A whole number from 1; above {@value ReadAuditLog#MAX_LIMIT} it is capped. */
    private static Integer limit(ApiRequest request) {
        String text = request.query("limit").orElse(null);
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 1) {
                return (int) Math.min(value, ReadAuditLog.MAX_LIMIT);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(new FieldError("limit", "invalid_limit",
                new LocalizedText("Un nombre entier à partir de 1 est attendu (" + ReadAuditLog.MAX_LIMIT + " au plus).",
                        "A whole number from 1 is expected (" + ReadAuditLog.MAX_LIMIT + " at most)."))));
    }
}
