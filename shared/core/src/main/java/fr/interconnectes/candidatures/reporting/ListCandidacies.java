package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An organiser lists a campaign's dossiers: filters (status, kind, submitted between two days in the
 * campaign's zone, full text over organisation and project title, accents and case ignored), sort, and
 * cursor pagination (default 50, at most 250).
 */
public final class ListCandidacies {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 250;

    private final Campaigns campaigns;
    private final Candidacies candidacies;

    public ListCandidacies(Campaigns campaigns, Candidacies candidacies) {
        this.campaigns = campaigns;
        this.candidacies = candidacies;
    }

    public record Query(String status, String kind, String submittedFrom, String submittedTo, String q, String sort,
                        String limit, String cursor) {

        static Query of(Map<String, String> parameters) {
            return new Query(parameters.get("status"), parameters.get("kind"), parameters.get("submittedFrom"),
                    parameters.get("submittedTo"), parameters.get("q"), parameters.get("sort"), parameters.get("limit"),
                    parameters.get("cursor"));
        }

        /** The query without its cursor: a cursor is only valid for the query that made it. */
        String fingerprint() {
            return String.join("|", Objects.toString(status, ""), Objects.toString(kind, ""),
                    Objects.toString(submittedFrom, ""), Objects.toString(submittedTo, ""), Objects.toString(q, ""),
                    Objects.toString(sort, ""));
        }
    }

    public record Page(Campaign campaign, List<Candidacy> items, int total, String nextCursor) {
    }

    public Page execute(Principal caller, String campaignId, Map<String, String> parameters) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        Query query = Query.of(parameters);
        List<FieldError> errors = new ArrayList<>();
        CandidacyStatus status = parseStatus(query.status(), errors);
        Instant from = day(query.submittedFrom(), "submittedFrom", campaign, false, errors);
        Instant to = day(query.submittedTo(), "submittedTo", campaign, true, errors);
        int limit = limit(query.limit(), errors);
        Comparator<Candidacy> order = order(query.sort(), errors);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, errors);
        }
        int offset = decodeCursor(query.cursor(), query.fingerprint());
        String needle = query.q() == null || query.q().isBlank() ? null : fold(query.q());
        List<Candidacy> matching = (status == null ? candidacies.findByCampaign(campaignId)
                : candidacies.findByStatus(campaignId, status)).stream()
                .filter(c -> query.kind() == null || (c.form().applicant().kind() != null
                        && c.form().applicant().kind().code().equals(query.kind())))
                .filter(c -> from == null || (c.lastSubmittedAt() != null && !c.lastSubmittedAt().isBefore(from)))
                .filter(c -> to == null || (c.lastSubmittedAt() != null && c.lastSubmittedAt().isBefore(to)))
                .filter(c -> needle == null || fold(Objects.toString(c.form().applicant().organisation(), "") + " "
                        + Objects.toString(c.form().project().title(), "")).contains(needle))
                .sorted(order)
                .toList();
        int end = Math.min(matching.size(), offset + limit);
        List<Candidacy> items = offset >= matching.size() ? List.of() : matching.subList(offset, end);
        String next = end < matching.size() ? encodeCursor(end, query.fingerprint()) : null;
        return new Page(campaign, items, matching.size(), next);
    }

    private static CandidacyStatus parseStatus(String status, List<FieldError> errors) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return CandidacyStatus.fromCode(status);
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError("status", "invalid_enum", new LocalizedText(
                    "draft, submitted, withdrawn ou expired.", "draft, submitted, withdrawn or expired.")));
            return null;
        }
    }

    /** A day in the campaign's zone: from its start (inclusive) or, for the upper bound, to its end. */
    private static Instant day(String value, String field, Campaign campaign, boolean endOfDay, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            return (endOfDay ? date.plusDays(1) : date).atStartOfDay(campaign.timeZone()).toInstant();
        } catch (DateTimeException e) {
            errors.add(new FieldError(field, "invalid_date", new LocalizedText("Date ISO, ex. 2027-10-10.",
                    "ISO date, e.g. 2027-10-10.")));
            return null;
        }
    }

    private static int limit(String value, List<FieldError> errors) {
        if (value == null || value.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        errors.add(new FieldError("limit", "out_of_range", new LocalizedText("Entre 1 et " + MAX_LIMIT + ".",
                "Between 1 and " + MAX_LIMIT + ".")));
        return DEFAULT_LIMIT;
    }

    private static Comparator<Candidacy> order(String sort, List<FieldError> errors) {
        String key = sort == null || sort.isBlank() ? "-submittedAt" : sort;
        boolean descending = key.startsWith("-");
        Comparator<Candidacy> byId = Comparator.comparing(Candidacy::id);
        Comparator<Candidacy> comparator = switch (descending ? key.substring(1) : key) {
            case "submittedAt" -> Comparator.comparing(Candidacy::lastSubmittedAt,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case "createdAt" -> Comparator.comparing(Candidacy::createdAt);
            case "organisation" -> Comparator.comparing(c -> fold(Objects.toString(c.form().applicant().organisation(), "")));
            case "title" -> Comparator.comparing(c -> fold(Objects.toString(c.form().project().title(), "")));
            case "receipt" -> Comparator.comparing(c -> c.receipt() == null ? "" : c.receipt().number());
            default -> {
                errors.add(new FieldError("sort", "invalid_enum", new LocalizedText(
                        "submittedAt, createdAt, organisation, title ou receipt (préfixe - pour décroissant).",
                        "submittedAt, createdAt, organisation, title or receipt (prefix - for descending).")));
                yield byId;
            }
        };
        return (descending ? comparator.reversed() : comparator).thenComparing(byId);
    }

    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    static String encodeCursor(int offset, String fingerprint) {
        String raw = offset + ":" + Integer.toHexString(fingerprint.hashCode());
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static int decodeCursor(String cursor, String fingerprint) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 2);
            int offset = Integer.parseInt(parts[0]);
            if (offset >= 0 && parts.length == 2 && parts[1].equals(Integer.toHexString(fingerprint.hashCode()))) {
                return offset;
            }
        } catch (IllegalArgumentException ignored) {
            // reported below
        }
        throw new DomainException(ErrorCode.INVALID_CURSOR);
    }
}
