package fr.interconnectes.candidatures.http.jury;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Texts;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.jury.AssignJurors;
import fr.interconnectes.candidatures.jury.DeclareConflict;
import fr.interconnectes.candidatures.jury.SubmitScores;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the jury's requests: an organiser's list of jurors, a juror's conflict of interest and score sheet,
 * and the campaign of a juror's own list. Shapes, types and lengths are checked here; what needs the
 * campaign (its grid, who is assigned) is the use cases'.
 */
public final class JuryRequests {

    /** A generous jury: regional juries sit five to ten people. */
    static final int MAX_JURORS = 30;
    /** Room for a 2,000-character comment, however it is escaped, beside the scores. */
    static final int SCORES_BODY_BYTES = 32 * 1024;
    /** Room for a 1,000-character reason, however it is escaped. */
    static final int CONFLICT_BODY_BYTES = 16 * 1024;
    /** Cognito subs are UUIDs; any account id of that kind of alphabet is accepted. */
    private static final Pattern JUROR_ID = Pattern.compile("[A-Za-z0-9._:@+-]{1,128}");
    /** Argument of {@link FieldErrorCode#WRONG_TYPE}: a JSON array. */
    private static final LocalizedText AN_ARRAY = new LocalizedText("un tableau", "an array");

    private JuryRequests() {
    }

    /** {@code PUT /admin/candidacies/{id}/jurors} {@code {"jurorIds": [...]}}: each id once, in their order. */
    public static AssignJurors.Command assignJurors(String candidacyId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode ids = JsonBody.object(request.body(), Set.of("jurorIds")).get("jurorIds");
        List<FieldError> errors = new ArrayList<>();
        Set<String> wanted = new LinkedHashSet<>();
        if (ids == null || ids.isNull()) {
            errors.add(FieldErrorCode.REQUIRED.at("jurorIds"));
        } else if (!ids.isArray()) {
            errors.add(FieldErrorCode.WRONG_TYPE.at("jurorIds", AN_ARRAY));
        } else {
            for (int i = 0; i < ids.size(); i++) {
                JsonNode id = ids.get(i);
                String field = "jurorIds[" + i + "]";
                if (!id.isTextual()) {
                    errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.A_STRING));
                } else if (!JUROR_ID.matcher(id.asText()).matches()) {
                    errors.add(invalidJurorId(field));
                } else {
                    wanted.add(id.asText());
                }
            }
            if (wanted.size() > MAX_JURORS) {
                errors.add(tooManyJurors("jurorIds"));
            }
        }
        FieldFaults.throwIfAny(errors);
        return new AssignJurors.Command(candidacyId, List.copyOf(wanted));
    }

    /** {@code PUT /admin/candidacies/{id}/conflict} {@code {"reason": "..."}}: a reason is required. */
    public static DeclareConflict.Command declareConflict(String candidacyId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("reason"), CONFLICT_BODY_BYTES);
        List<FieldError> errors = new ArrayList<>();
        String reason = text(body, "reason", DeclareConflict.MAX_REASON_LENGTH, errors);
        if (reason == null && errors.isEmpty()) {
            errors.add(FieldErrorCode.REQUIRED.at("reason"));
        }
        FieldFaults.throwIfAny(errors);
        return new DeclareConflict.Command(candidacyId, reason);
    }

    /**
     * {@code PUT /admin/candidacies/{id}/scores} {@code {"scores": {...}, "comment": "..."}}. Nothing is refused
     * here but the body's shape: the faults found travel in the command, so that the use case reports them
     * with the grid's, after checking who is scoring. A score given as null counts as not given; a whole
     * number too large for any scale is kept at the largest one, which no scale reaches.
     */
    public static SubmitScores.Command submitScores(String candidacyId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("scores", "comment"), SCORES_BODY_BYTES);
        List<FieldError> faults = new ArrayList<>();
        Map<String, OptionalInt> scores = null;
        JsonNode given = body.get("scores");
        if (given == null || given.isNull()) {
            faults.add(FieldErrorCode.REQUIRED.at("scores"));
        } else if (!given.isObject()) {
            faults.add(FieldErrorCode.WRONG_TYPE.at("scores", FieldErrorCode.AN_OBJECT));
        } else {
            scores = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> entries = given.fields(); entries.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = entries.next();
                if (!entry.getValue().isNull()) {
                    scores.put(entry.getKey(), wholeNumber(entry.getValue()));
                }
            }
        }
        String comment = text(body, "comment", SubmitScores.MAX_COMMENT_LENGTH, faults);
        return new SubmitScores.Command(candidacyId, scores, comment, faults);
    }

    /** {@code GET /admin/jury/assignments?campaignId=}: the campaign is required. */
    public static String assignmentsCampaignId(ApiRequest request) {
        String campaignId = request.query("campaignId").orElse(null);
        if (campaignId == null || campaignId.isBlank()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, List.of(FieldErrorCode.REQUIRED.at("campaignId")));
        }
        return campaignId;
    }

    private static OptionalInt wholeNumber(JsonNode value) {
        if (!value.isIntegralNumber()) {
            return OptionalInt.empty();
        }
        if (value.canConvertToInt()) {
            return OptionalInt.of(value.intValue());
        }
        return OptionalInt.of(value.bigIntegerValue().signum() > 0 ? Integer.MAX_VALUE : Integer.MIN_VALUE);
    }

    /** An optional text, cleaned (null when nothing is left); its faults go to {@code errors}. */
    private static String text(JsonNode body, String field, int maxLength, List<FieldError> errors) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.A_STRING));
            return null;
        }
        String text = Texts.multiLine(value.asText());
        if (text != null && Texts.length(text) > maxLength) {
            errors.add(FieldErrorCode.TOO_LONG.at(field, Integer.toString(maxLength)));
        }
        return text;
    }

    private static FieldError invalidJurorId(String field) {
        return new FieldError(field, "invalid_format", new LocalizedText(
                "Identifiant de juré invalide : l’identifiant (sub) de son compte est attendu.",
                "Invalid juror id: the id (sub) of their account is expected."));
    }

    private static FieldError tooManyJurors(String field) {
        return new FieldError(field, "too_many", new LocalizedText(
                "Au plus " + MAX_JURORS + " jurés par dossier.", "At most " + MAX_JURORS + " jurors per dossier."));
    }
}
