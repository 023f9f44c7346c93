package fr.interconnectes.candidatures.http.reporting;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.reporting.ListCandidacies;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code GET /admin/campaigns/{id}/candidacies?status=&kind=&submittedFrom=&submittedTo=&q=&mail=&sort=&limit=&cursor=}:
 * the organisers' list of dossiers ({@code mail=undeliverable}: only those whose applicant mail does not reach). Blank parameters count as absent; every faulty one is reported at once.
 */
public final class CandidacyListQuery {

    private CandidacyListQuery() {
    }

    public static ListCandidacies.Query of(ApiRequest request) {
        List<FieldError> errors = new ArrayList<>();
        CandidacyStatus status = status(given(request, "status"), errors);
        LocalDate from = day(given(request, "submittedFrom"), "submittedFrom", errors);
        LocalDate to = day(given(request, "submittedTo"), "submittedTo", errors);
        int limit = limit(given(request, "limit"), errors);
        ListCandidacies.Sort sort = sort(given(request, "sort"), errors);
        boolean undeliverable = undeliverable(given(request, "mail"), errors);
        FieldFaults.throwIfAny(errors);
        // a kind that no applicant has lists nothing, as a filter should
        return new ListCandidacies.Query(status, request.query("kind").orElse(null), from, to,
                given(request, "q").orElse(null), sort, limit, given(request, "cursor").orElse(null), undeliverable);
    }

    private static boolean undeliverable(Optional<String> mail, List<FieldError> errors) {
        if (mail.isPresent() && !mail.get().equals("undeliverable")) {
            errors.add(new FieldError("mail", "invalid_enum", new LocalizedText(
                    "undeliverable (courriel qui ne parvient pas au candidat).",
                    "undeliverable (mail that does not reach the applicant).")));
        }
        return mail.isPresent();
    }

    private static Optional<String> given(ApiRequest request, String name) {
        return request.query(name).filter(value -> !value.isBlank());
    }

    private static CandidacyStatus status(Optional<String> status, List<FieldError> errors) {
        try {
            return status.map(CandidacyStatus::fromCode).orElse(null);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "invalid_enum", new LocalizedText(
                    "draft, submitted, withdrawn ou expired.", "draft, submitted, withdrawn or expired.")));
            return null;
        }
    }

    private static LocalDate day(Optional<String> value, String field, List<FieldError> errors) {
        try {
            return value.map(LocalDate::parse).orElse(null);
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "invalid_date", new LocalizedText("Date ISO, ex. 2027-10-10.",
                    "ISO date, e.g. 2027-10-10.")));
            return null;
        }
    }

    private static int limit(Optional<String> value, List<FieldError> errors) {
        if (value.isEmpty()) {
            return ListCandidacies.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value.get());
            if (limit >= 1 && limit <= ListCandidacies.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldError("limit", "out_of_range", new LocalizedText("Entre 1 et " + ListCandidacies.MAX_LIMIT + ".",
                "Between 1 and " + ListCandidacies.MAX_LIMIT + ".")));
        return ListCandidacies.DEFAULT_LIMIT;
    }

    /** {@code organisation}, or {@code -submittedAt} for descending. */
    private static ListCandidacies.Sort sort(Optional<String> value, List<FieldError> errors) {
        if (value.isEmpty()) {
            return ListCandidacies.Sort.DEFAULT;
        }
        boolean descending = value.get().startsWith("-");
        String key = descending ? value.get().substring(1) : value.get();
        return Arrays.stream(ListCandidacies.SortKey.values()).filter(k -> k.code().equals(key)).findFirst()
                .map(k -> new ListCandidacies.Sort(k, descending))
                .orElseGet(() -> {
                    errors.add(new FieldError("sort", "invalid_enum", new LocalizedText(
                            "submittedAt, createdAt, organisation, title ou receipt (préfixe - pour décroissant).",
                            "submittedAt, createdAt, organisation, title or receipt (prefix - for descending).")));
                    return ListCandidacies.Sort.DEFAULT;
                });
    }
}
