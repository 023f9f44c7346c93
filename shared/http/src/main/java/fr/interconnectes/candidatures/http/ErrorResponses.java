package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.ErrorKind;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Unavailable;
import fr.interconnectes.candidatures.logging.JsonLogger;
import fr.interconnectes.candidatures.selectionday.SelectionDayError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one place that turns an exception into an HTTP response. The body is always
 * {@code {"error": {"code", "message", "fields": [...]}}}; no stack trace or internal detail leaks.
 */
public final class ErrorResponses {

    private static final JsonLogger LOG = JsonLogger.of(ErrorResponses.class);
    static final String RETRY_AFTER_SECONDS = "5";
    static final String CONTENTION_RETRY_AFTER_SECONDS = "1";

    private ErrorResponses() {
    }

    public static ApiResponse from(Throwable error, Language language, String requestId) {
        if (error instanceof DomainException domain) {
            return of(domain, language);
        }
        if (error instanceof Unavailable) {
            LOG.warn("dependency unavailable", "requestId", requestId, "cause", rootCause(error).getClass().getName());
            return body(HttpErrorCode.SERVICE_UNAVAILABLE, HttpErrorCode.SERVICE_UNAVAILABLE.message(language), List.of(), language)
                    .withHeader("Retry-After", RETRY_AFTER_SECONDS);
        }
        LOG.error("unexpected error", error, "requestId", requestId);
        return body(HttpErrorCode.INTERNAL_ERROR, HttpErrorCode.INTERNAL_ERROR.message(language), List.of(), language);
    }

    public static ApiResponse of(DomainException error, Language language) {
        return body(error.code(), error.message(language), error.fieldErrors(), language);
    }

    public static int status(ErrorKind kind) {
        if (kind instanceof HttpErrorCode transport) {
            return transport.status();
        }
        if (kind instanceof SelectionDayError rule) {
            return switch (rule) {
                case SELECTION_DAY_NOT_PLANNED, TIMETABLE_NOT_GENERATED, TIMETABLE_ALREADY_MADE, SLOT_TAKEN,
                        APPLICANT_UNAVAILABLE, PANEL_CONFLICT_OF_INTEREST -> 409;
                case NOT_IN_A_PANEL -> 403;
                case SLOT_NOT_FOUND -> 404;
                case SELECTION_DAY_TOO_SHORT, TIMETABLE_INFEASIBLE, SLOT_OUTSIDE_DAY, SLOT_OVERLAPS_BREAK,
                        PANEL_NOT_FOUND -> 422;
            };
        }
        return switch ((ErrorCode) kind) {
            case VALIDATION_FAILED, INVALID_CURSOR, IDEMPOTENCY_KEY_REQUIRED -> 400;
            case UNAUTHORIZED, NOT_SIGNED_IN -> 401;
            case CAMPAIGN_NOT_OPEN, DEADLINE_PASSED, FORBIDDEN, OUT_OF_REGION, NOT_ASSIGNED, BY_SELECTION_ONLY -> 403;
            case CAMPAIGN_NOT_FOUND, CANDIDACY_NOT_FOUND, ATTACHMENT_NOT_FOUND, LAUREATES_NOT_PUBLISHED, NOT_CONVENED,
                    MAIL_NOT_FOUND, INVALID_UNSUBSCRIBE_LINK -> 404;
            case CONCURRENT_MODIFICATION, CANDIDACY_WITHDRAWN, CANDIDACY_EXPIRED, UPLOAD_MISSING, CONFLICT_OF_INTEREST,
                    DECISION_ALREADY_SENT, NOT_SUBMITTED, CAMPAIGN_EXISTS, DECISIONS_NOT_SENT, CONVOCATION_CANCELLED,
                    SELECTION_OPEN, MAIL_PENDING, CONTACT_UNDELIVERABLE -> 409;
            case CANDIDACY_ERASED -> 410;
            case PRECONDITION_FAILED -> 412;
            case IDEMPOTENCY_KEY_REUSED, INCOMPLETE, FILE_TOO_LARGE, UNSUPPORTED_FILE_TYPE, TOO_MANY_FILES,
                    FILE_SIZE_MISMATCH, FILE_TYPE_MISMATCH, NOT_NATIONAL_ROUND -> 422;
        };
    }

    private static ApiResponse body(ErrorKind code, String message,
                                    List<fr.interconnectes.candidatures.domain.FieldError> fields, Language language) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("code", code.code());
        error.put("message", message);
        if (!fields.isEmpty()) {
            error.put("fields", fields.stream().map(f -> Map.of(
                    "field", f.field(), "code", f.code(), "message", f.message().in(language))).toList());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Language", language.code());
        if (code == ErrorCode.UNAUTHORIZED || code == ErrorCode.NOT_SIGNED_IN) {
            headers.put("WWW-Authenticate", "Bearer");
        }
        if (code == ErrorCode.CONCURRENT_MODIFICATION) {
            // contention that outlasted the use case's own retries: soon over, worth one more try
            headers.put("Retry-After", CONTENTION_RETRY_AFTER_SECONDS);
        }
        return ApiResponse.json(status(code), Map.of("error", error), headers);
    }

    private static Throwable rootCause(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
