package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.dossiers.AdminDossiers;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Texts;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The assigned juror declares a conflict of interest on a dossier ({@code PUT
 * /admin/candidacies/{id}/conflict}): their scores, if any, are cleared and they can no longer score it.
 * Declaring again changes nothing. Audited (the reason is kept on the record, not in the audit log).
 */
public final class DeclareConflict {

    public static final int MAX_REASON_LENGTH = 1000;

    public record Result(Campaign campaign, Candidacy candidacy, JuryRecord record, boolean scoresCleared) {
    }

    private final AdminAccess access;
    private final Campaigns campaigns;
    private final Candidacies candidacies;
    private final JuryRecordWriter writer;
    private final Audit audit;
    private final Clock clock;

    public DeclareConflict(AdminAccess access, Campaigns campaigns, Candidacies candidacies,
                           JuryRecords juryRecords, Audit audit, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.writer = new JuryRecordWriter(juryRecords);
        this.audit = audit;
        this.clock = clock;
    }

    /** @param body the request's JSON object ({@code {"reason": "..."}}, unknown fields already refused) */
    public Result execute(Principal caller, String candidacyId, JsonNode body) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        JuryRecord loaded = access.requireAssignedJuror(caller, campaign, candidacy.id());
        String reason = reason(body);
        if (loaded.conflicted()) {
            return new Result(campaign, candidacy, loaded, false);
        }
        AdminDossiers.requireDecisionNotSent(candidacy);
        Instant now = clock.instant();
        // set by the last attempt, the one that was written (or found the conflict already declared)
        boolean[] declared = {false};
        boolean[] hadScores = {false};
        JuryRecord written = writer.apply(loaded, current -> {
            declared[0] = !current.conflicted();
            hadScores[0] = declared[0] && current.scored();
            return declared[0] ? current.withConflict(reason, now) : current;
        });
        if (declared[0]) {
            audit.record(caller, campaign.id(), candidacy.id(), "conflict_declared", "scoresCleared", hadScores[0]);
        }
        return new Result(campaign, candidacy, written, hadScores[0]);
    }

    static String reason(JsonNode body) {
        JsonNode value = body.get("reason");
        FieldError error = null;
        String reason = null;
        if (value != null && !value.isNull() && !value.isTextual()) {
            error = FieldErrorCode.WRONG_TYPE.at("reason", FieldErrorCode.A_STRING);
        } else {
            reason = value == null || value.isNull() ? null : Texts.multiLine(value.asText());
            if (reason == null) {
                error = JuryFields.required("reason");
            } else if (Texts.length(reason) > MAX_REASON_LENGTH) {
                error = JuryFields.tooLong("reason", MAX_REASON_LENGTH);
            }
        }
        if (error != null) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(error));
        }
        return reason;
    }
}
