package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import java.nio.charset.StandardCharsets;
import fr.interconnectes.candidatures.domain.Unicode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Which dossiers of a campaign an organiser lists, and in which order: what {@link Candidacies#list} answers a page
 * of, with the same meaning in every store. Each order is a sort key per dossier ({@link #sortKey}): the order's
 * value, {@link #SEPARATOR}, the id; dossiers follow their sort keys compared as UTF-8 bytes (as DynamoDB compares
 * index keys), ascending or descending, ties included, so that keyset pages never overlap nor skip.
 *
 * @param status          only this status, or {@code null} for every status
 * @param kind            only this applicant kind (its code), or {@code null}
 * @param submittedFrom   only dossiers last submitted at or after this instant, or {@code null}
 * @param submittedBefore only dossiers last submitted before this instant, or {@code null}
 * @param text            folded words ({@link #fold}) to find in organisation and project title, or {@code null}
 * @param unreachable     only dossiers whose applicant mail does not reach ({@link #unreachable(Candidacy)})
 */
public record DossierListing(String campaignId, CandidacyStatus status, String kind, Instant submittedFrom,
                             Instant submittedBefore, String text, boolean unreachable, Order order,
                             boolean descending) {

    /** Ends the order's value in a sort key: below every character a value holds. */
    public static final char SEPARATOR = '\u0001';
    /** How many characters of a text value take part in the order. */
    public static final int TEXT_KEY_LENGTH = 200;
    private static final DateTimeFormatter FIXED_WIDTH =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS'Z'").withZone(ZoneOffset.UTC);

    public enum Order { SUBMITTED_AT, CREATED_AT, ORGANISATION, TITLE, RECEIPT }

    public DossierListing {
        Objects.requireNonNull(campaignId, "campaignId");
        Objects.requireNonNull(order, "order");
    }

    /** Every dossier reachable or not. */
    public DossierListing(String campaignId, CandidacyStatus status, String kind, Instant submittedFrom,
                          Instant submittedBefore, String text, Order order, boolean descending) {
        this(campaignId, status, kind, submittedFrom, submittedBefore, text, false, order, descending);
    }

    /** Whether mail does not reach the dossier's applicant: its contact address is undeliverable, or a mail was given up. */
    public static boolean unreachable(Candidacy c) {
        return c.undeliverableContact().isPresent() || c.mailGivenUp().isPresent();
    }

    /** A page of the listing and where the next one starts ({@code null}: none). */
    public record Slice(List<Candidacy> items, String next) {

        public Slice {
            items = List.copyOf(items);
        }
    }

    /** The statuses the listing reads: one, or all of them. */
    public List<CandidacyStatus> statuses() {
        return status == null ? Arrays.asList(CandidacyStatus.values()) : List.of(status);
    }

    /** Whether the campaign's counters alone say how many dossiers the listing holds. */
    public boolean countedByTallies() {
        return submittedFrom == null && submittedBefore == null && text == null && !unreachable;
    }

    /** The counter that says how many dossiers the listing holds, when {@link #countedByTallies()}. */
    public String tallyKey() {
        if (status == null) {
            return kind == null ? DossierTally.TOTAL : DossierTally.KIND + kind;
        }
        return kind == null ? DossierTally.STATUS + status.code() : DossierTally.statusKind(status, kind);
    }

    public boolean matches(Candidacy c) {
        Instant submitted = c.lastSubmittedAt();
        return c.campaignId().equals(campaignId)
                && (status == null || c.status() == status)
                && (kind == null || kind.equals(DossierTally.kindOf(c)))
                && (submittedFrom == null || (submitted != null && !submitted.isBefore(submittedFrom)))
                && (submittedBefore == null || (submitted != null && submitted.isBefore(submittedBefore)))
                && (text == null || searchText(c).contains(text))
                && (!unreachable || unreachable(c));
    }

    /** The dossiers in the listing's order. */
    public Comparator<Candidacy> comparator() {
        Comparator<Candidacy> ascending = (a, b) -> compareUtf8(sortKey(a, order), sortKey(b, order));
        return descending ? ascending.reversed() : ascending;
    }

    /** The order's value of the dossier, {@link #SEPARATOR}, its id. */
    public static String sortKey(Candidacy c, Order order) {
        return orderValue(c, order) + SEPARATOR + c.id();
    }

    /** The dossier's value in an order; missing values are empty, so they come first. */
    public static String orderValue(Candidacy c, Order order) {
        return switch (order) {
            case SUBMITTED_AT -> c.lastSubmittedAt() == null ? "" : instantKey(c.lastSubmittedAt());
            case CREATED_AT -> instantKey(c.createdAt());
            case ORGANISATION -> textKey(c.form().applicant().organisation());
            case TITLE -> textKey(c.form().project().title());
            case RECEIPT -> c.receipt() == null ? "" : c.receipt().number();
        };
    }

    /** Organisation and project title, folded: what {@link #text} is looked for in. */
    public static String searchText(Candidacy c) {
        return fold(Objects.toString(c.form().applicant().organisation(), "") + " "
                + Objects.toString(c.form().project().title(), ""));
    }

    /** An instant as text that sorts as the instant does (fixed width, nanoseconds). */
    public static String instantKey(Instant instant) {
        return FIXED_WIDTH.format(instant);
    }

    /** Accents and case ignored. */
    public static String fold(String text) {
        return Unicode.withoutAccents(text).toLowerCase(Locale.ROOT);
    }

    private static String textKey(String text) {
        String folded = fold(Objects.toString(text, "")).replace(SEPARATOR, ' ');
        return folded.codePointCount(0, folded.length()) <= TEXT_KEY_LENGTH ? folded
                : folded.substring(0, folded.offsetByCodePoints(0, TEXT_KEY_LENGTH));
    }

    /** As DynamoDB compares keys: their UTF-8 bytes, unsigned. */
    public static int compareUtf8(String a, String b) {
        return Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));
    }
}
