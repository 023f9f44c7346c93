package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.dossiers.AdminDossiers;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assigned juror submits (or replaces) their own scores on a dossier ({@code PUT
 * /admin/candidacies/{id}/scores}): every criterion of the campaign's grid, each a whole number on its scale,
 * no other criterion, and an optional comment. Every fault is reported at once. Not after declaring a
 * conflict of interest, nor once the decision was sent. Audited without the comment.
 */
public final class SubmitScores {

    public static final int MAX_COMMENT_LENGTH = 2000;

    /**
     * A juror's score sheet as their request gave it. Only the grid tells which criteria are missing or unknown
     * and which scores are off the scale, so the faults the request's reader found are carried here and
     * reported with the grid's, once the caller is known to be the dossier's juror.
     *
     * @param scores  each criterion id of the score object, with its score when it is a whole number (empty
     *                when it is anything else); {@code null} when the request has no score object
     * @param comment the cleaned comment, or {@code null}
     * @param faults  what the reader refused in the request: no score object, a comment that is not text or too long
     */
    public record Command(String candidacyId, Map<String, OptionalInt> scores, String comment, List<FieldError> faults) {

        public Command {
            scores = scores == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            faults = List.copyOf(faults);
        }
    }

    public record Result(Campaign campaign, Candidacy candidacy, JuryRecord record) {
    }

    private final JurorSheets sheets;

    public SubmitScores(AdminAccess access, Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                        Audit audit, Clock clock) {
        this.sheets = new JurorSheets(access, campaigns, candidacies, juryRecords, audit, clock);
    }

    public Result execute(Principal caller, Command command) {
        JurorSheets.AssignedDossier dossier = sheets.openAssigned(caller, command.candidacyId());
        if (dossier.record().conflicted()) {
            throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST);
        }
        AdminDossiers.requireSubmitted(dossier.candidacy());
        AdminDossiers.requireDecisionNotSent(dossier.candidacy());
        Map<String, Integer> scores = onTheGrid(command, dossier.campaign().criteria());
        Instant now = sheets.now();
        JuryRecord written = sheets.write(dossier, current -> {
            if (current.conflicted()) {
                throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST);
            }
            return current.withScores(scores, command.comment(), now);
        });
        sheets.audit(caller, dossier, "scores_put",
                "criteria", scores.size(), "firstScoring", !dossier.record().scored());
        return new Result(dossier.campaign(), dossier.candidacy(), written);
    }

    /** The scores of the sheet, checked against the grid; the grid's faults and the request's, all at once. */
    static Map<String, Integer> onTheGrid(Command command, List<Criterion> grid) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        Map<String, OptionalInt> given = command.scores();
        if (given != null) {
            for (Criterion criterion : grid) {
                String field = "scores." + criterion.id();
                OptionalInt value = given.get(criterion.id());
                if (value == null) {
                    errors.add(JuryFields.required(field));
                } else if (value.isEmpty()) {
                    errors.add(JuryFields.notAWholeNumber(field));
                } else if (value.getAsInt() < criterion.scaleMin() || value.getAsInt() > criterion.scaleMax()) {
                    errors.add(JuryFields.outOfRange(field, criterion.scaleMin(), criterion.scaleMax()));
                } else {
                    scores.put(criterion.id(), value.getAsInt());
                }
            }
            Set<String> known = grid.stream().map(Criterion::id).collect(Collectors.toSet());
            given.keySet().stream().filter(id -> !known.contains(id))
                    .forEach(id -> errors.add(JuryFields.unknownCriterion("scores." + id)));
        }
        errors.addAll(command.faults());
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return Map.copyOf(scores);
    }
}
