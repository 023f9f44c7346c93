package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.dossiers.AdminDossiers;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;
import java.time.Instant;

/**
 * The assigned juror declares a conflict of interest on a dossier ({@code PUT
 * /admin/candidacies/{id}/conflict}): their scores, if any, are cleared and they can no longer score it.
 * Declaring again changes nothing. Audited (the reason is kept on the record, not in the audit log).
 */
public final class DeclareConflict {

    public static final int MAX_REASON_LENGTH = 1000;

    /** @param reason why, cleaned and at most {@value #MAX_REASON_LENGTH} characters */
    public record Command(String candidacyId, String reason) {
    }

    public record Result(Campaign campaign, Candidacy candidacy, JuryRecord record, boolean scoresCleared) {
    }

    private final JurorSheets sheets;

    public DeclareConflict(AdminAccess access, Campaigns campaigns, Candidacies candidacies,
                           JuryRecords juryRecords, Audit audit, Clock clock) {
        this.sheets = new JurorSheets(access, campaigns, candidacies, juryRecords, audit, clock);
    }

    public Result execute(Principal caller, Command command) {
        JurorSheets.AssignedDossier dossier = sheets.openAssigned(caller, command.candidacyId());
        Campaign campaign = dossier.campaign();
        Candidacy candidacy = dossier.candidacy();
        if (dossier.record().conflicted()) {
            return new Result(campaign, candidacy, dossier.record(), false);
        }
        AdminDossiers.requireDecisionNotSent(candidacy);
        Instant now = sheets.now();
        // set by the last attempt, the one that was written (or found the conflict already declared)
        boolean[] declared = {false};
        boolean[] hadScores = {false};
        JuryRecord written = sheets.write(dossier, current -> {
            declared[0] = !current.conflicted();
            hadScores[0] = declared[0] && current.scored();
            return declared[0] ? current.withConflict(command.reason(), now) : current;
        });
        if (declared[0]) {
            sheets.audit(caller, dossier, "conflict_declared", "scoresCleared", hadScores[0]);
        }
        return new Result(campaign, candidacy, written, hadScores[0]);
    }
}
