package fr.interconnectes.candidatures.domain.audit;

import java.time.Instant;
import java.util.Map;

/** Who did what to which dossier, and when: every organiser and juror action is recorded. */
public record AuditEntry(String campaignId, String candidacyId, String actor, String actorRoles, String action,
                         Map<String, String> details, Instant at) {

    public AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
