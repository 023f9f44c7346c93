package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;

/**
 * A juror's own sheet on a dossier, the way every juror's action on it goes: opened only by the juror
 * assigned to the dossier in its campaign, changed against the freshest stored record, audited.
 */
record JurorSheets(AdminAccess access, Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                   Audit audit, Clock clock) {

    /** The dossier, its campaign, and the caller's own jury record on it. */
    record AssignedDossier(Campaign campaign, Candidacy candidacy, JuryRecord record) {
    }

    /** The dossier must exist, and the caller must be a juror assigned to it in its campaign. */
    AssignedDossier openAssigned(Principal caller, String candidacyId) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        return new AssignedDossier(campaign, candidacy, access.requireAssignedJuror(caller, campaign, candidacy.id()));
    }

    /** See {@link JuryRecordWriter#apply}: the change is applied to the freshest record until one is written. */
    JuryRecord write(AssignedDossier dossier, UnaryOperator<JuryRecord> change) {
        return new JuryRecordWriter(juryRecords).apply(dossier.record(), change);
    }

    Instant now() {
        return clock.instant();
    }

    void audit(Principal caller, AssignedDossier dossier, String action, Object... details) {
        audit.record(caller, dossier.campaign().id(), dossier.candidacy().id(), action, details);
    }
}
