package fr.interconnectes.candidatures.audit;

import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.port.AuditLog;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** Records an action of an organiser or juror; details never hold tokens or personal secrets. */
public record Audit(AuditLog log, Clock clock) {

    public void record(Principal who, String campaignId, String candidacyId, String action, Object... details) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            map.put(String.valueOf(details[i]), String.valueOf(details[i + 1]));
        }
        String roles = who.roles().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        log.record(new AuditEntry(campaignId, candidacyId, who.sub(), roles, action, map, clock.instant()));
    }
}
