package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The scores of a dossier ({@code GET /admin/candidacies/{id}/scores}). Organisers of its campaign see every
 * juror's scores, comments, totals and conflicts. An assigned juror sees their own, and the other jurors'
 * only once they have scored the dossier themselves, so that nobody scores under the others' influence;
 * a juror who declared a conflict of interest never sees them.
 */
public record GetScores(AdminAccess access, Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords) {

    /** What the caller may see. */
    public enum Visibility {
        /** An organiser: everything. */
        ORGANISER,
        /** A juror who scored: their own sheet and the others'. */
        OTHERS_VISIBLE,
        /** A juror who has not scored yet: their own sheet only. */
        HIDDEN_UNTIL_YOU_SCORE,
        /** A juror who declared a conflict of interest: their own record only. */
        HIDDEN_CONFLICT_OF_INTEREST
    }

    /**
     * @param mine   the caller's record when they are a juror of the dossier (null for organisers)
     * @param others every juror's record for organisers; the other jurors' when visible; empty otherwise
     */
    public record Result(Campaign campaign, Candidacy candidacy, Visibility visibility, JuryRecord mine,
                         List<JuryRecord> others) {
    }

    private static final Comparator<JuryRecord> ASSIGNMENT_ORDER = Comparator
            .comparing(JuryRecord::assignedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(JuryRecord::jurorId);

    public Result execute(Principal caller, String candidacyId) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        Optional<JuryRecord> juror = access.requireOrganiserOrAssignedJuror(caller, campaign, candidacy.id());
        List<JuryRecord> all = juryRecords.forCandidacy(candidacy.id()).stream()
                .filter(r -> r.campaignId().equals(campaign.id()))
                .sorted(ASSIGNMENT_ORDER)
                .toList();
        if (juror.isEmpty()) {
            return new Result(campaign, candidacy, Visibility.ORGANISER, null, all);
        }
        JuryRecord mine = all.stream().filter(r -> r.jurorId().equals(caller.sub())).findFirst().orElse(juror.get());
        List<JuryRecord> others = all.stream().filter(r -> !r.jurorId().equals(caller.sub())).toList();
        if (mine.conflicted()) {
            return new Result(campaign, candidacy, Visibility.HIDDEN_CONFLICT_OF_INTEREST, mine, List.of());
        }
        if (!mine.scored()) {
            return new Result(campaign, candidacy, Visibility.HIDDEN_UNTIL_YOU_SCORE, mine, List.of());
        }
        return new Result(campaign, candidacy, Visibility.OTHERS_VISIBLE, mine, others);
    }
}
