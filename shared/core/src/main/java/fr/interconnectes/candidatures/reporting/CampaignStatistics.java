package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts by status, track and kind, and submissions per day (in the campaign's zone), from the campaign's
 * counters ({@link Candidacies#tally}): no dossier is read. Days group the counters' UTC hours, exact in every zone
 * whose offset is whole hours (all of France's but the Marquesas, UTC-9:30).
 */
public record CampaignStatistics(Campaigns campaigns, Candidacies candidacies) {

    public record Statistics(Campaign campaign, int total, Map<String, Integer> byStatus, Map<String, Integer> byTrack,
                             Map<String, Integer> byKind, Map<LocalDate, Integer> submissionsPerDay, long attachmentBytes) {
    }

    public Statistics execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        DossierTally tally = candidacies.tally(campaignId);
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        Arrays.stream(CandidacyStatus.values()).forEach(s -> byStatus.put(s.code(), (int) tally.get(DossierTally.STATUS + s.code())));
        Map<String, Integer> byTrack = new LinkedHashMap<>();
        tally.under(DossierTally.TRACK).forEach((track, count) -> byTrack.put(track, count.intValue()));
        Map<String, Integer> byKind = new TreeMap<>();
        tally.under(DossierTally.KIND).forEach((kind, count) -> byKind.put(kind, count.intValue()));
        Map<LocalDate, Integer> perDay = new TreeMap<>();
        tally.under(DossierTally.SUBMITTED_HOUR).forEach((hour, count) -> perDay.merge(
                DossierTally.hourOf(DossierTally.SUBMITTED_HOUR + hour).atZone(campaign.timeZone()).toLocalDate(),
                count.intValue(), Integer::sum));
        perDay.values().removeIf(count -> count == 0);
        return new Statistics(campaign, (int) tally.get(DossierTally.TOTAL), byStatus, byTrack, byKind, perDay,
                tally.get(DossierTally.BYTES));
    }
}
