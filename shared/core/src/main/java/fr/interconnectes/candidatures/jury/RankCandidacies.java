package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.jury.JurorScore;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.domain.jury.Ranking;
import fr.interconnectes.candidatures.domain.jury.RankingOptions;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The campaign's ranking for its organisers: the submitted dossiers on the jury grid, weighted mean or
 * median, optionally with each juror's scores normalised; ties reported. Conflicted sheets do not count.
 */
public record RankCandidacies(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords) {

    public record Result(Campaign campaign, Ranking ranking, Map<String, Candidacy> dossiers) {
    }

    public Result execute(Principal caller, String campaignId, RankingOptions options) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        Map<String, Candidacy> submitted = candidacies.findByStatus(campaignId, CandidacyStatus.SUBMITTED).stream()
                .collect(Collectors.toMap(Candidacy::id, Function.identity()));
        List<JurorScore> sheets = juryRecords.forCampaign(campaignId).stream()
                .filter(r -> submitted.containsKey(r.candidacyId()) && r.scored() && !r.conflicted())
                .map(RankCandidacies::sheet)
                .toList();
        return new Result(campaign, Ranking.of(campaign.criteria(), submitted.keySet(), sheets, options), submitted);
    }

    private static JurorScore sheet(JuryRecord record) {
        return new JurorScore(record.candidacyId(), record.jurorId(), record.scores(), record.comment());
    }
}
