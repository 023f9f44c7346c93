package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Counts by status, track and kind, and submissions per day (in the campaign's zone). */
public record CampaignStatistics(Campaigns campaigns, Candidacies candidacies) {

    public record Statistics(Campaign campaign, int total, Map<String, Integer> byStatus, Map<String, Integer> byTrack,
                             Map<String, Integer> byKind, Map<LocalDate, Integer> submissionsPerDay, long attachmentBytes) {
    }

    public Statistics execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        List<Candidacy> all = candidacies.findByCampaign(campaignId);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Arrays.stream(CandidacyStatus.values()).forEach(s -> byStatus.put(s.code(), 0));
        Map<String, Integer> byTrack = new LinkedHashMap<>();
        Map<String, Integer> byKind = new TreeMap<>();
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        long bytes = 0;
        for (Candidacy c : all) {
            byStatus.merge(c.status().code(), 1, Integer::sum);
            byTrack.merge(c.form().track().code(), 1, Integer::sum);
            byKind.merge(c.form().applicant().kind() == null ? "unknown" : c.form().applicant().kind().code(), 1, Integer::sum);
            if (c.receipt() != null && c.status() == CandidacyStatus.SUBMITTED) {
                perDay.merge(c.receipt().submittedAt().atZone(campaign.timeZone()).toLocalDate(), 1, Integer::sum);
            }
            bytes += c.receivedAttachments().stream().mapToLong(a -> a.size()).sum();
        }
        return new Statistics(campaign, all.size(), byStatus, byTrack, byKind, perDay, bytes);
    }
}
