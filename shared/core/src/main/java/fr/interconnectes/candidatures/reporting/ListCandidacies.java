package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.access.AdminAccess;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * An organiser lists a campaign's dossiers: filters (status, kind, submitted between two days in the
 * campaign's zone, full text over organisation and project title, accents and case ignored), sort, and
 * cursor pagination (default 50, at most 250). The {@code undeliverable} filter keeps the dossiers whose
 * applicant cannot be reached by mail: a contact address that bounced or complained, or a mail given up.
 */
public record ListCandidacies(Campaigns campaigns, Candidacies candidacies) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 250;

    /** What the list is sorted on. */
    public enum SortKey {
        SUBMITTED_AT("submittedAt"), CREATED_AT("createdAt"), ORGANISATION("organisation"), TITLE("title"),
        RECEIPT("receipt");

        private final String code;

        SortKey(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /** An order of the list; dossiers that compare equal follow their id, so that pages never overlap. */
    public record Sort(SortKey key, boolean descending) {

        /** The most recently submitted first. */
        public static final Sort DEFAULT = new Sort(SortKey.SUBMITTED_AT, true);

        public Sort {
            Objects.requireNonNull(key, "key");
        }

        /** As the query string writes it: {@code organisation}, {@code -submittedAt}. */
        public String code() {
            return (descending ? "-" : "") + key.code();
        }
    }

    /**
     * @param status        only the dossiers in this state, or {@code null} for all
     * @param kind          only the applicants of this kind (its code), or {@code null} for all
     * @param submittedFrom only the dossiers submitted on or after this day in the campaign's zone, or {@code null}
     * @param submittedTo   only those submitted on or before this day, or {@code null}
     * @param text          words to find in the organisation or the project title, or {@code null}
     * @param limit         at most this many dossiers on the page, from 1 to {@value #MAX_LIMIT}
     * @param cursor        where the previous page of the same query ended, or {@code null} for the first page
     * @param undeliverable only the dossiers whose applicant mail does not reach (see {@link #unreachable})
     */
    public record Query(CandidacyStatus status, String kind, LocalDate submittedFrom, LocalDate submittedTo, String text,
                        Sort sort, int limit, String cursor, boolean undeliverable) {

        public Query(CandidacyStatus status, String kind, LocalDate submittedFrom, LocalDate submittedTo, String text,
                     Sort sort, int limit, String cursor) {
            this(status, kind, submittedFrom, submittedTo, text, sort, limit, cursor, false);
        }

        public Query {
            Objects.requireNonNull(sort, "sort");
            if (limit < 1 || limit > MAX_LIMIT) {
                throw new IllegalArgumentException("limit " + limit + " not within 1.." + MAX_LIMIT);
            }
        }

        /** Every dossier, most recently submitted first, {@value #DEFAULT_LIMIT} a page. */
        public static Query everything() {
            return new Query(null, null, null, null, null, Sort.DEFAULT, DEFAULT_LIMIT, null);
        }

        public Query withCursor(String next) {
            return new Query(status, kind, submittedFrom, submittedTo, text, sort, limit, next, undeliverable);
        }

        /**
         * The query without its cursor: a cursor is only valid for the query that made it. The default order
         * counts as none, as when the query string was fingerprinted, so that cursors handed out then still work.
         */
        String fingerprint() {
            return String.join("|", status == null ? "" : status.code(), Objects.toString(kind, ""),
                    Objects.toString(submittedFrom, ""), Objects.toString(submittedTo, ""), Objects.toString(text, ""),
                    sort.equals(Sort.DEFAULT) ? "" : sort.code()) + (undeliverable ? "|undeliverable" : "");
        }
    }

    public record Page(Campaign campaign, List<Candidacy> items, int total, String nextCursor) {
    }

    public Page execute(Principal caller, String campaignId, Query query) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        int offset = decodeCursor(query.cursor(), query.fingerprint());
        Instant from = startOf(query.submittedFrom(), campaign);
        Instant to = startOf(query.submittedTo() == null ? null : query.submittedTo().plusDays(1), campaign);
        String needle = query.text() == null || query.text().isBlank() ? null : fold(query.text());
        List<Candidacy> matching = (query.status() == null ? candidacies.findByCampaign(campaignId)
                : candidacies.findByStatus(campaignId, query.status())).stream()
                .filter(c -> query.kind() == null || (c.form().applicant().kind() != null
                        && c.form().applicant().kind().code().equals(query.kind())))
                .filter(c -> from == null || (c.lastSubmittedAt() != null && !c.lastSubmittedAt().isBefore(from)))
                .filter(c -> to == null || (c.lastSubmittedAt() != null && c.lastSubmittedAt().isBefore(to)))
                .filter(c -> !query.undeliverable() || unreachable(c))
                .filter(c -> needle == null || fold(Objects.toString(c.form().applicant().organisation(), "") + " "
                        + Objects.toString(c.form().project().title(), "")).contains(needle))
                .sorted(order(query.sort()))
                .toList();
        int end = Math.min(matching.size(), offset + query.limit());
        List<Candidacy> items = offset >= matching.size() ? List.of() : matching.subList(offset, end);
        String next = end < matching.size() ? encodeCursor(end, query.fingerprint()) : null;
        return new Page(campaign, items, matching.size(), next);
    }

    /** Whether mail does not reach the dossier's applicant: its contact address is undeliverable, or a mail was given up. */
    public static boolean unreachable(Candidacy candidacy) {
        return candidacy.undeliverableContact().isPresent() || candidacy.mailGivenUp().isPresent();
    }

    /** The start of the day in the campaign's zone. */
    private static Instant startOf(LocalDate day, Campaign campaign) {
        return day == null ? null : day.atStartOfDay(campaign.timeZone()).toInstant();
    }

    private static Comparator<Candidacy> order(Sort sort) {
        Comparator<Candidacy> comparator = switch (sort.key()) {
            case SUBMITTED_AT -> Comparator.comparing(Candidacy::lastSubmittedAt,
                    Comparator.nullsFirst(Comparator.naturalOrder()));
            case CREATED_AT -> Comparator.comparing(Candidacy::createdAt);
            case ORGANISATION -> Comparator.comparing(c -> fold(Objects.toString(c.form().applicant().organisation(), "")));
            case TITLE -> Comparator.comparing(c -> fold(Objects.toString(c.form().project().title(), "")));
            case RECEIPT -> Comparator.comparing(c -> c.receipt() == null ? "" : c.receipt().number());
        };
        return (sort.descending() ? comparator.reversed() : comparator).thenComparing(Candidacy::id);
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
