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
import fr.interconnectes.candidatures.port.DossierListing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * An organiser lists a campaign's dossiers: filters (status, kind, submitted between two days in the
 * campaign's zone, full text over organisation and project title, accents and case ignored), sort, and
 * cursor pagination (default 50, at most 250). Only the page is read, through the store's indexes
 * ({@link Candidacies#list}); the total comes from the campaign's counters, or is counted on the first page when
 * the query filters on dates, text or reachability, and is carried in the cursor. The {@code undeliverable} filter
 * keeps the dossiers whose applicant cannot be reached by mail: a contact address that bounced or complained, or a
 * mail given up.
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

    /**
     * An order of the list; dossiers that compare equal follow their id (descending too, in a descending order), so
     * that pages never overlap.
     */
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
        DossierListing listing = listing(campaign, query);
        Cursor cursor = Cursor.decode(query.cursor(), query.fingerprint());
        long total = cursor != null ? cursor.total()
                : listing.countedByTallies() ? candidacies.tally(campaignId).get(listing.tallyKey())
                : candidacies.count(listing);
        DossierListing.Slice slice = candidacies.list(listing, query.limit(), cursor == null ? null : cursor.position());
        String next = slice.next() == null ? null : new Cursor(total, slice.next()).encode(query.fingerprint());
        return new Page(campaign, slice.items(), (int) total, next);
    }

    /** The query as the store reads it: days become instants in the campaign's zone, the text folded. */
    static DossierListing listing(Campaign campaign, Query query) {
        Instant from = startOf(query.submittedFrom(), campaign);
        Instant to = startOf(query.submittedTo() == null ? null : query.submittedTo().plusDays(1), campaign);
        String needle = query.text() == null || query.text().isBlank() ? null : fold(query.text());
        return new DossierListing(campaign.id(), query.status(), query.kind(), from, to, needle,
                query.undeliverable(), DossierListing.Order.valueOf(query.sort().key().name()),
                query.sort().descending());
    }

    /** Whether mail does not reach the dossier's applicant: its contact address is undeliverable, or a mail was given up. */
    public static boolean unreachable(Candidacy candidacy) {
        return DossierListing.unreachable(candidacy);
    }

    /** The start of the day in the campaign's zone. */
    private static Instant startOf(LocalDate day, Campaign campaign) {
        return day == null ? null : day.atStartOfDay(campaign.timeZone()).toInstant();
    }

    static String fold(String text) {
        return DossierListing.fold(text);
    }

    /**
     * Where a page ended: the store's position after its last dossier (a key, so a dossier added or removed
     * meanwhile moves no page), the total counted on the first page, and a fingerprint of the query, since a
     * cursor is only valid for the query that made it.
     */
    record Cursor(long total, String position) {

        private static final String VERSION = "2";

        String encode(String fingerprint) {
            String raw = String.join(":", VERSION, Integer.toHexString(fingerprint.hashCode()), Long.toString(total),
                    position);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String cursor, String fingerprint) {
            if (cursor == null || cursor.isBlank()) {
                return null;
            }
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split(":", 4);
                if (parts.length == 4 && parts[0].equals(VERSION)
                        && parts[1].equals(Integer.toHexString(fingerprint.hashCode()))) {
                    return new Cursor(Long.parseLong(parts[2]), parts[3]);
                }
            } catch (IllegalArgumentException ignored) {
                // reported below
            }
            throw new DomainException(ErrorCode.INVALID_CURSOR);
        }
    }
}
