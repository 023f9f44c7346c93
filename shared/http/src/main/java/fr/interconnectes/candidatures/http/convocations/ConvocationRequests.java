package fr.interconnectes.candidatures.http.convocations;

import fr.interconnectes.candidatures.convocations.AnswerConvocation;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.JsonBody;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Reads {@code POST /candidacies/{candidacyId}/convocation} {@code {"attendance": "confirmed" | "declined", "note"}}. */
public final class ConvocationRequests {

    private ConvocationRequests() {
    }

    public static AnswerConvocation.Answer answer(ApiRequest request) {
        JsonBody.requireJson(request);
        var body = JsonBody.object(request.body(), Set.of("attendance", "note"));
        String attendance = JsonBody.text(body, "attendance");
        String note = JsonBody.text(body, "note");
        List<FieldError> errors = new ArrayList<>();
        Convocation.Attendance answer = null;
        if (attendance == null || attendance.isBlank()) {
            errors.add(FieldErrorCode.REQUIRED.at("attendance"));
        } else if (attendance.strip().equals("confirmed")) {
            answer = Convocation.Attendance.CONFIRMED;
        } else if (attendance.strip().equals("declined")) {
            answer = Convocation.Attendance.DECLINED;
        } else {
            errors.add(FieldErrorCode.INVALID_ENUM.at("attendance", "confirmed, declined"));
        }
        String kept = note == null || note.isBlank() ? null : note.strip();
        if (kept != null && kept.codePointCount(0, kept.length()) > Convocation.MAX_NOTE) {
            errors.add(FieldErrorCode.TOO_LONG.at("note", String.valueOf(Convocation.MAX_NOTE)));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        return new AnswerConvocation.Answer(answer, kept);
    }
}
