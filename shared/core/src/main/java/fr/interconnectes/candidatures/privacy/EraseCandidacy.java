package fr.interconnectes.candidatures.privacy;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * An organiser of the dossier's campaign erases its personal data at the applicant's request, at once, the same way
 * the retention job does, with the national dossiers carried from it (or the regional one it was carried from).
 * Refused while one of them is still in a selection, unless {@code force}.
 */
public record EraseCandidacy(Campaigns campaigns, Candidacies candidacies, LinkedDossiers linked,
                             DossierErasure erasure, Audit audit, Clock clock) {

    /** The longest reason, in characters. */
    public static final int MAX_REASON = 500;

    /** @param reason why (the request's date and channel; never the person's name) */
    public record Command(String candidacyId, String reason, boolean force) {
    }

    /** The dossiers erased, each with its erasure (complete, or pending with what remains). */
    public record Erased(String candidacyId, List<Candidacy> dossiers) {

        public Erased {
            dossiers = List.copyOf(dossiers);
        }

        public boolean complete() {
            return dossiers.stream().allMatch(d -> d.erasure().complete());
        }
    }

    public Erased execute(Principal caller, Command command) {
        Candidacy dossier = candidacies.require(command.candidacyId());
        Campaign campaign = campaigns.require(dossier.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        Instant now = clock.instant();
        List<LinkedDossiers.Member> group = linked.group(dossier);
        if (!command.force() && LinkedDossiers.inOpenSelection(group, now).isPresent()) {
            throw new DomainException(ErrorCode.SELECTION_OPEN);
        }
        audit.record(caller, campaign.id(), dossier.id(), "erasure_requested", "reason", command.reason(),
                "force", command.force(), "dossiers",
                group.stream().map(m -> m.candidacy().id()).collect(Collectors.joining(",")));
        List<Candidacy> erased = group.stream()
                .map(m -> erasure.erase(m.candidacy(), Erasure.Cause.REQUEST, command.reason(), caller))
                .toList();
        return new Erased(dossier.id(), erased);
    }
}
