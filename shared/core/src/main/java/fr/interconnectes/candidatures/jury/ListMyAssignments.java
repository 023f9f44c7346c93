package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A juror's own dossiers in a campaign ({@code GET /admin/jury/assignments?campaignId=}), with where they
 * stand on each. Jurors only: organisers list dossiers through the organisers' list. Dossiers no longer
 * submitted (withdrawn by their applicant) are left out: there is nothing left to hear.
 */
public record ListMyAssignments(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords) {

    public record Assignment(Candidacy candidacy, JuryRecord record) {
    }

    public record Result(Campaign campaign, List<Assignment> assignments) {
    }

    /** @param campaignId the campaign asked for (the request's reader requires one) */
    public Result execute(Principal caller, String campaignId) {
        if (!caller.has(Role.JUROR)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        Campaign campaign = campaigns.require(campaignId);
        List<Assignment> assignments = new ArrayList<>();
        for (JuryRecord record : juryRecords.forJuror(caller.sub(), campaign.id())) {
            candidacies.find(record.candidacyId())
                    .filter(c -> c.campaignId().equals(campaign.id()) && c.status() == CandidacyStatus.SUBMITTED)
                    .ifPresent(c -> assignments.add(new Assignment(c, record)));
        }
        assignments.sort(Comparator.comparing((Assignment a) -> a.candidacy().receipt() == null ? ""
                : a.candidacy().receipt().number()).thenComparing(a -> a.candidacy().id()));
        return new Result(campaign, List.copyOf(assignments));
    }
}
