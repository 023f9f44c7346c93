package fr.interconnectes.candidatures.audit;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.Campaigns;
import java.util.List;

/** Organisers of a campaign read who did what in it, newest first; jurors may not. */
public record ReadAuditLog(Campaigns campaigns, AuditLog log) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 500;

    /**
     * @param candidacyId only this dossier's entries, or {@code null} for all
     * @param limit       at most this many entries, from 1 to {@value #MAX_LIMIT}
     */
    public record Query(String candidacyId, int limit) {

        public Query {
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit " + limit + " not within 1.." + MAX_LIMIT);
            }
        }
    }

    public Entries execute(Principal caller, String campaignId, Query query) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        return new Entries(campaign, query.candidacyId(), query.limit(),
                log.forCampaign(campaign.id(), query.candidacyId(), query.limit()));
    }

    public record Entries(Campaign campaign, String candidacyId, int limit, List<AuditEntry> entries) {

        public Entries {
            entries = List.copyOf(entries);
        }
    }
}
