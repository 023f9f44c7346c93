package fr.interconnectes.candidatures.jury;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.dossiers.AdminDossiers;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assigned juror puts (or replaces) their own scores on a dossier ({@code PUT
 * /admin/candidacies/{id}/scores}): every criterion of the campaign's grid, each a whole number on its scale,
 * no other criterion, and an optional comment. Every fault is reported at once. Not after declaring a
 * conflict of interest, nor once the decision was sent. Audited without the comment.
 */
public final class PutMyScores {

    public static final int MAX_COMMENT_LENGTH = 2000;

    public record Sheet(Map<String, Integer> scores, String comment) {
    }

    public record Result(Campaign campaign, Candidacy candidacy, JuryRecord record) {
    }

    private final AdminAccess access;
    private final Campaigns campaigns;
    private final Candidacies candidacies;
    private final JuryRecordWriter writer;
    private final Audit audit;
    private final Clock clock;

    public PutMyScores(AdminAccess access, Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords,
                       Audit audit, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.candidacies = candidacies;
        this.writer = new JuryRecordWriter(juryRecords);
        this.audit = audit;
        this.clock = clock;
    }

    /** @param body the request's JSON object ({@code {"scores": {...}, "comment": "..."}}, unknown fields already refused) */
    public Result execute(Principal caller, String candidacyId, JsonNode body) {
        Candidacy candidacy = candidacies.require(candidacyId);
        Campaign campaign = campaigns.require(candidacy.campaignId());
        JuryRecord loaded = access.requireAssignedJuror(caller, campaign, candidacy.id());
        if (loaded.conflicted()) {
            throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST);
        }
        AdminDossiers.requireSubmitted(candidacy);
        AdminDossiers.requireDecisionNotSent(candidacy);
        Sheet sheet = sheet(body, campaign.criteria());
        Instant now = clock.instant();
        JuryRecord written = writer.apply(loaded, current -> {
            if (current.conflicted()) {
                throw new DomainException(ErrorCode.CONFLICT_OF_INTEREST);
            }
            return current.withScores(sheet.scores(), sheet.comment(), now);
        });
        audit.record(caller, campaign.id(), candidacy.id(), "scores_put",
                "criteria", sheet.scores().size(), "firstScoring", !loaded.scored());
        return new Result(campaign, candidacy, written);
    }

    /** The scores and comment of the body, checked against the grid; every fault at once. */
    static Sheet sheet(JsonNode body, List<Criterion> grid) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Integer> scores = new LinkedHashMap<>();
        JsonNode given = body.get("scores");
        if (given == null || given.isNull()) {
            errors.add(JuryFields.required("scores"));
        } else if (!given.isObject()) {
            errors.add(JuryFields.wrongType("scores", FieldErrorCode.AN_OBJECT));
        } else {
            for (Criterion criterion : grid) {
                String field = "scores." + criterion.id();
                JsonNode value = given.get(criterion.id());
                if (value == null || value.isNull()) {
                    errors.add(JuryFields.required(field));
                } else if (!value.isIntegralNumber()) {
                    errors.add(JuryFields.wrongType(field, FieldErrorCode.AN_INTEGER));
                } else if (!value.canConvertToInt() || value.intValue() < criterion.scaleMin()
                        || value.intValue() > criterion.scaleMax()) {
                    errors.add(JuryFields.outOfRange(field, criterion.scaleMin(), criterion.scaleMax()));
                } else {
                    scores.put(criterion.id(), value.intValue());
                }
            }
            Set<String> known = grid.stream().map(Criterion::id).collect(Collectors.toSet());
            for (Iterator<String> names = given.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!known.contains(name)) {
                    errors.add(JuryFields.unknownCriterion("scores." + name));
                }
            }
        }
        String comment = null;
        JsonNode text = body.get("comment");
        if (text != null && !text.isNull()) {
            if (!text.isTextual()) {
                errors.add(JuryFields.wrongType("comment", FieldErrorCode.A_STRING));
            } else {
                comment = Texts.multiLine(text.asText());
                if (comment != null && Texts.length(comment) > MAX_COMMENT_LENGTH) {
                    errors.add(JuryFields.tooLong("comment", MAX_COMMENT_LENGTH));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return new Sheet(Map.copyOf(scores), comment);
    }
}
