package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;

/** Opens a dossier for the juror assigned to it, the way every juror's own action on a dossier starts. */
final class JurorAccess {

    /** The dossier, its campaign, and the caller's own jury record on it. */
    record AssignedDossier(Campaign campaign, Candidacy candidacy, JuryRecord record) {
    }

    private final AdminAccess access;
    private final Campaigns campaigns;
    private final Candidacies candidacies;

    JurorAccess(AdminAccess access, Campaigns campaigns, Candidacies candidacies) {
        this.access = access;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
    }

    /** The dossier must exist, and the caller must be a juror assigned to it in its campaign. */
    AssignedDossier openAssigned(Principal caller, String candidacyId) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        return new AssignedDossier(campaign, candidacy, access.requireAssignedJuror(caller, campaign, candidacy.id()));
    }
}
