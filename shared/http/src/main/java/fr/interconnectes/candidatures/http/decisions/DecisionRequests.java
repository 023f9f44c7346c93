package fr.interconnectes.candidatures.http.decisions;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.decisions.RecordDecision;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.http.PathIds;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** Reads the organisers' decision requests: one dossier's outcome, and the sending of a campaign's decisions. */
public final class DecisionRequests {

    /** Room for a note of 2000 characters, each up to 4 bytes in UTF-8, escapes included. */
    static final int DECISION_BODY_BYTES = 16 * 1024;

    private DecisionRequests() {
    }

    /** What to say about the national round in the finalists' mails; both optional. */
    public record Sending(String nationalCampaignId, String nationalForum) {
    }

    /** {@code PUT /admin/candidacies/{id}/decision} {@code {"outcome", "message"}}. */
    public static RecordDecision.Command decision(String candidacyId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("outcome", "message"), DECISION_BODY_BYTES);
        String outcomeCode = JsonBody.text(body, "outcome");
        String message = JsonBody.text(body, "message");
        String note = message == null || message.isBlank() ? null : message.strip();
        List<FieldError> errors = new ArrayList<>();
        Decision.Outcome outcome = null;
        if (outcomeCode == null || outcomeCode.isBlank()) {
            errors.add(FieldErrorCode.REQUIRED.at("outcome"));
        } else {
            outcome = Arrays.stream(Decision.Outcome.values()).filter(o -> o.code().equals(outcomeCode.strip()))
                    .findFirst().orElse(null);
            if (outcome == null) {
                errors.add(FieldErrorCode.INVALID_ENUM.at("outcome", "finalist, not_selected"));
            }
        }
        if (note != null && note.codePointCount(0, note.length()) > RecordDecision.MAX_MESSAGE) {
            errors.add(FieldErrorCode.TOO_LONG.at("message", String.valueOf(RecordDecision.MAX_MESSAGE)));
        }
        FieldFaults.throwIfAny(errors);
        return new RecordDecision.Command(candidacyId, outcome, note);
    }

    /** {@code POST /admin/campaigns/{id}/decisions/send}, body optional: {@code {"nationalCampaignId", "nationalForum"}}. */
    public static Sending sending(ApiRequest request) {
        if (request.body() == null || request.body().isBlank()) {
            return new Sending(null, null);
        }
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("nationalCampaignId", "nationalForum"));
        String national = JsonBody.text(body, "nationalCampaignId");
        if (national != null && !national.isBlank() && !PathIds.valid(national.strip())) {
            FieldFaults.throwIfAny(List.of(PathIds.invalid("nationalCampaignId")));
        }
        return new Sending(national, JsonBody.text(body, "nationalForum"));
    }
}
