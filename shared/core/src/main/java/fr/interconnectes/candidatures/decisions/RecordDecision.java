package fr.interconnectes.candidatures.decisions;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Organisers of the campaign record the jury's outcome for a submitted dossier, or clear it, as long as it was
 * not sent: the decision stays pending (nobody is told) until {@link SendDecisions}.
 */
public final class RecordDecision {

    /** Longest note to the applicant, in characters. */
    public static final int MAX_MESSAGE = 2000;

    private final Campaigns campaigns;
    private final Candidacies candidacies;
    private final CandidacyWriter writer;
    private final Audit audit;
    private final Clock clock;

    public RecordDecision(Campaigns campaigns, Candidacies candidacies, Audit audit, Clock clock) {
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.writer = new CandidacyWriter(candidacies);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * @param outcomeCode {@code finalist} or {@code not_selected}
     * @param message     an optional note to the applicant, written in their mail
     */
    public DecisionView record(Principal caller, String candidacyId, String outcomeCode, String message) {
        Candidacy loaded = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(loaded.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        String note = message == null || message.isBlank() ? null : message.strip();
        Decision.Outcome outcome = validate(outcomeCode, note);
        Instant now = clock.instant();
        Candidacy stored = writer.apply(loaded, current -> {
            requireOpenToDecision(current);
            return current.withDecision(new Decision(outcome, note, caller.sub(), now, null));
        });
        audit.record(caller, campaign.id(), stored.id(), "decision.recorded",
                "outcome", outcome.code(), "messageLength", note == null ? 0 : note.length());
        return new DecisionView(stored, campaign);
    }

    /** Removes a pending decision; nothing to do when there is none. */
    public DecisionView clear(Principal caller, String candidacyId) {
        Candidacy loaded = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(loaded.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        String[] previous = {null};
        Candidacy stored = writer.apply(loaded, current -> {
            previous[0] = null;
            if (current.decision() == null) {
                return current;
            }
            if (!current.decision().pending()) {
                throw new DomainException(ErrorCode.DECISION_ALREADY_SENT);
            }
            previous[0] = current.decision().outcome().code();
            return current.withDecision(null);
        });
        audit.record(caller, campaign.id(), stored.id(), "decision.cleared",
                "previousOutcome", previous[0] == null ? "none" : previous[0]);
        return new DecisionView(stored, campaign);
    }

    /** Only a submitted dossier takes a decision, and only until it is sent. */
    static void requireOpenToDecision(Candidacy candidacy) {
        if (candidacy.decision() != null && !candidacy.decision().pending()) {
            throw new DomainException(ErrorCode.DECISION_ALREADY_SENT);
        }
        if (candidacy.status() != CandidacyStatus.SUBMITTED) {
            throw new DomainException(ErrorCode.NOT_SUBMITTED);
        }
    }

    private static Decision.Outcome validate(String outcomeCode, String note) {
        List<FieldError> errors = new ArrayList<>();
        Decision.Outcome outcome = null;
        if (outcomeCode == null || outcomeCode.isBlank()) {
            errors.add(FieldErrorCode.REQUIRED.at("outcome"));
        } else {
            for (Decision.Outcome candidate : Decision.Outcome.values()) {
                if (candidate.code().equals(outcomeCode.strip())) {
                    outcome = candidate;
                }
            }
            if (outcome == null) {
                errors.add(FieldErrorCode.INVALID_ENUM.at("outcome", "finalist, not_selected"));
            }
        }
        if (note != null && note.codePointCount(0, note.length()) > MAX_MESSAGE) {
            errors.add(FieldErrorCode.TOO_LONG.at("message", String.valueOf(MAX_MESSAGE)));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return outcome;
    }
}
