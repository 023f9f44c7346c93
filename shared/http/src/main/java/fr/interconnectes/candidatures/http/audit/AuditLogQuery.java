package fr.interconnectes.candidatures.http.audit;

import fr.interconnectes.candidatures.audit.ReadAuditLog;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.http.ApiRequest;
import java.util.List;

/** {@code GET /admin/campaigns/{id}/audit?candidacyId=...&limit=100}: one dossier's entries or all, newest first. */
public final class AuditLogQuery {

    private AuditLogQuery() {
    }

    public static ReadAuditLog.Query of(ApiRequest request) {
        String candidacyId = request.query("candidacyId").filter(id -> !id.isBlank()).map(String::strip).orElse(null);
        return new ReadAuditLog.Query(candidacyId, limit(request.query("limit").orElse(null)));
    }

    /** A whole number from 1; above {@value ReadAuditLog#MAX_LIMIT} it is capped. */
    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return ReadAuditLog.DEFAULT_LIMIT;
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
