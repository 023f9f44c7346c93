package fr.interconnectes.candidatures.audit;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import java.util.List;

/** Organisers of a campaign read who did what in it, newest first; jurors may not. */
public final class ReadAuditLog {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    private final Campaigns campaigns;
    private final AuditLog log;

    public ReadAuditLog(Campaigns campaigns, AuditLog log) {
        this.campaigns = campaigns;
        this.log = log;
    }

    /**
     * @param candidacyId only this dossier's entries, or {@code null} for all
     * @param limit       at most this many entries ({@code null}: {@value #DEFAULT_LIMIT}; capped at {@value #MAX_LIMIT})
     */
    public Entries execute(Principal caller, String campaignId, String candidacyId, Integer limit) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        int effective = limit == null ? DEFAULT_LIMIT : Math.max(1, Math.min(limit, MAX_LIMIT));
        String dossier = candidacyId == null || candidacyId.isBlank() ? null : candidacyId.strip();
        return new Entries(campaign, dossier, effective, log.forCampaign(campaign.id(), dossier, effective));
    }

    public record Entries(Campaign campaign, String candidacyId, int limit, List<AuditEntry> entries) {

        public Entries {
            entries = List.copyOf(entries);
        }
    }
}
