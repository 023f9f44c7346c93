package fr.interconnectes.candidatures.access;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.Optional;

/**
 * Who may do what, checked in the use cases (the API's JWT authorizer only proves who is calling):
 * national organisers everywhere, regional organisers in their region, jurors on their assigned dossiers.
 */
public record AdminAccess(JuryRecords juryRecords) {

    public static boolean organises(Principal principal, Campaign campaign) {
        return principal.has(Role.ORGANISER)
                || (principal.has(Role.REGIONAL_ORGANISER) && principal.region() != null
                && principal.region().equalsIgnoreCase(campaign.region().code()));
    }

    /** An organiser of this campaign: national, or regional in its region. */
    public static void requireOrganiser(Principal principal, Campaign campaign) {
        if (organises(principal, campaign)) {
            return;
        }
        if (principal.has(Role.REGIONAL_ORGANISER)) {
            throw new DomainException(ErrorCode.OUT_OF_REGION);
        }
        throw new DomainException(ErrorCode.FORBIDDEN);
    }

    public static void requireNationalOrganiser(Principal principal) {
        if (!principal.has(Role.ORGANISER)) {
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
    }

    /** An organiser of the campaign, or a juror assigned to the dossier (their record is returned). */
    public Optional<JuryRecord> requireOrganiserOrAssignedJuror(Principal principal, Campaign campaign, String candidacyId) {
        if (organises(principal, campaign)) {
            return Optional.empty();
        }
        return Optional.of(requireAssignedJuror(principal, campaign, candidacyId));
    }

    public JuryRecord requireAssignedJuror(Principal principal, Campaign campaign, String candidacyId) {
        if (!principal.has(Role.JUROR)) {
            // an organiser of this very region is no juror either: their region is not what refuses them
            if (principal.has(Role.REGIONAL_ORGANISER) && !organises(principal, campaign)) {
                throw new DomainException(ErrorCode.OUT_OF_REGION);
            }
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        return juryRecords.find(candidacyId, principal.sub())
                .filter(r -> r.campaignId().equals(campaign.id()))
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_ASSIGNED));
    }
}
