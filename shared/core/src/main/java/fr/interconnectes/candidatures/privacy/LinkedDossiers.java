package fr.interconnectes.candidatures.privacy;

import fr.interconnectes.candidatures.decisions.SendDecisions;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A regional finalist and the national dossiers carried from it hold the same person's data and point at the same
 * files: they are erased together, when the last of them is due, or all at once on request.
 */
public record LinkedDossiers(Campaigns campaigns, Candidacies candidacies) {

    /** A dossier and its campaign. */
    public record Member(Candidacy candidacy, Campaign campaign) {
    }

    /** The regional dossier first, then the national dossiers carried from it. */
    public List<Member> group(Candidacy dossier) {
        Candidacy root = dossier.originCandidacyId() == null ? dossier
                : candidacies.find(dossier.originCandidacyId()).orElse(dossier);
        List<Member> members = new ArrayList<>();
        Campaign rootCampaign = campaigns.require(root.campaignId());
        members.add(new Member(root, rootCampaign));
        campaigns.all().stream()
                .filter(c -> c.region().national() && c.track() == rootCampaign.track() && !c.id().equals(root.campaignId()))
                .sorted(Comparator.comparing(Campaign::id))
                .forEach(national -> candidacies.find(SendDecisions.nationalCandidacyId(national.id(), root.id()))
                        .ifPresent(carried -> members.add(new Member(carried, national))));
        if (members.stream().noneMatch(m -> m.candidacy().id().equals(dossier.id()))) {
            members.add(new Member(dossier, campaigns.require(dossier.campaignId())));
        }
        return members;
    }

    /** What became of the dossier, for its retention. */
    public static RetentionPolicy.Category category(Candidacy dossier) {
        if (dossier.status() != CandidacyStatus.SUBMITTED) {
            return RetentionPolicy.Category.UNFILED;
        }
        return dossier.decision() != null && dossier.decision().outcome() == Decision.Outcome.FINALIST
                ? RetentionPolicy.Category.FINALIST : RetentionPolicy.Category.NOT_SELECTED;
    }

    /** When every member of the group is past its campaign's retention period. */
    public static Instant erasableAt(List<Member> group) {
        return group.stream()
                .map(m -> m.campaign().retention().erasableAt(m.campaign(), category(m.candidacy())))
                .max(Comparator.naturalOrder())
                .orElseThrow();
    }

    /** Still in a selection: before the end of its campaign's selection, or with a decision not sent yet. */
    public static boolean inOpenSelection(Member member, Instant now) {
        Decision decision = member.candidacy().decision();
        return now.isBefore(RetentionPolicy.selectionEnd(member.campaign())) || (decision != null && decision.pending());
    }

    /** The first member of the group still in an open selection, if any. */
    public static Optional<Member> inOpenSelection(List<Member> group, Instant now) {
        return group.stream().filter(m -> !m.candidacy().erased() && inOpenSelection(m, now)).findFirst();
    }
}
