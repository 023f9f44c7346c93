package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.port.AuditLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The audit log as a list; read back most recent first, like the adapter. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized void record(AuditEntry entry) {
        entries.add(entry);
    }

    @Override
    public synchronized List<AuditEntry> forCampaign(String campaignId, String candidacyId, int limit) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        newestFirst.sort(Comparator.comparing(AuditEntry::at).reversed());
        return newestFirst.stream()
                .filter(e -> e.campaignId().equals(campaignId))
                .filter(e -> candidacyId == null || candidacyId.equals(e.candidacyId()))
                .limit(limit)
                .toList();
    }

    /** Every entry, in the order recorded. */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** The actions recorded, in order (e.g. {@code assign}, {@code scores}). */
    public synchronized List<String> actions() {
        return entries.stream().map(AuditEntry::action).toList();
    }
}
