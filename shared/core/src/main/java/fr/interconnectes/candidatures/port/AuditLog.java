package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import java.util.List;

/** The record of organisers' and jurors' actions; append-only. */
public interface AuditLog {

    void record(AuditEntry entry);

    /** A campaign's entries, most recent first, at most {@code limit}; {@code candidacyId} null for all. */
    List<AuditEntry> forCampaign(String campaignId, String candidacyId, int limit);
}
