package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import fr.interconnectes.candidatures.port.DossierListing;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A dossier item: {@code PK = CANDIDACY#id, SK = CANDIDACY}, the dossier document in {@code data}, and the
 * attributes its conditions and indexes need (STORED_SCHEMA.md):
 * <ul>
 *   <li>GSI1 — a campaign's dossiers by status: {@code CAMPAIGN#cid} / {@code status#createdAt#id};</li>
 *   <li>GSI2 — a campaign's dossiers by contact e-mail: {@code CONTACT#cid#email} / {@code id};</li>
 *   <li>the list indexes, one per order of the organisers' list ({@link ListIndex}): {@code CAMPAIGN#cid} /
 *       {@code status#}{@link DossierListing#sortKey sort key}, keys only with the attributes the list filters on
 *       ({@code listKind}, {@code listSubmitted}, {@code listText});</li>
 *   <li>GSI3 — sparse, only while a mail waits: {@code OUTBOX} / next attempt time; or while an erasure is
 *       pending: {@code ERASURE} / {@code requestedAt#id}.</li>
 * </ul>
 */
public final class CandidacyItem {

    public static final String REVISION = "revision";
    public static final String OUTBOX_INDEX_KEY = "OUTBOX";
    public static final String ERASURE_INDEX_KEY = "ERASURE";
    private static final String PARTITION_PREFIX = "CANDIDACY#";
    public static final String SORT_KEY = "CANDIDACY";

    private CandidacyItem() {
    }

    /** The partition of a dossier: its item, and its jury records beside it. */
    public static String partitionKey(String candidacyId) {
        return PARTITION_PREFIX + candidacyId;
    }

    public static Map<String, AttributeValue> key(String candidacyId) {
        return Map.of("PK", AttributeValue.fromS(partitionKey(candidacyId)), "SK", AttributeValue.fromS(SORT_KEY));
    }

    /** A dossier item's key as a stream record names it ({@code dynamodb.Keys}, string attributes). */
    public static Map<String, String> keyNames(String candidacyId) {
        return Map.of("PK", partitionKey(candidacyId), "SK", SORT_KEY);
    }

    /** The dossier a stream record's key names, when the item is a dossier's own (not a jury record beside it). */
    public static Optional<String> candidacyIdOfKey(Map<String, String> key) {
        String partition = key.get("PK");
        return partition != null && partition.startsWith(PARTITION_PREFIX) && SORT_KEY.equals(key.get("SK"))
                ? Optional.of(partition.substring(PARTITION_PREFIX.length())) : Optional.empty();
    }

    /** The dossier id of an item of its partition (from a keys-only index). */
    public static String candidacyIdOf(Map<String, AttributeValue> item) {
        return item.get("PK").s().substring(PARTITION_PREFIX.length());
    }

    public static String campaignIndexKey(String campaignId) {
        return "CAMPAIGN#" + campaignId;
    }

    /** How a status starts the campaign index's sort key. */
    public static String statusIndexPrefix(CandidacyStatus status) {
        return status.code() + "#";
    }

    public static String contactIndexKey(String campaignId, String email) {
        return "CONTACT#" + campaignId + "#" + email.toLowerCase(Locale.ROOT);
    }

    /** The campaign index's sort key of a dossier: the order {@code page} reads a campaign in. */
    public static String campaignIndexSortKey(Candidacy candidacy) {
        return statusIndexPrefix(candidacy.status()) + candidacy.createdAt() + "#" + candidacy.id();
    }

    /**
     * The outbox index's sort key: when the next mail is due, at a fixed width, as {@code GSI3SK <= now} compares
     * texts. {@code Instant.toString} leaves out a zero fraction: a mail due at {@code …:40Z} sorted after
     * {@code …:40.035Z} and was not due until the next second, nor sent until the stream's next batch.
     */
    public static String outboxIndexSortKey(Instant due) {
        return DossierListing.instantKey(due);
    }

    public static final String LIST_KIND = "listKind";
    public static final String LIST_SUBMITTED = "listSubmitted";
    public static final String LIST_TEXT = "listText";
    /** Present (true) on a dossier whose applicant mail does not reach: what the list's {@code undeliverable} filter keeps. */
    public static final String LIST_UNREACHABLE = "listUnreachable";

    /** An index of the organisers' list: one order of {@link DossierListing}, under its own sort-key attribute. */
    public enum ListIndex {
        SUBMITTED_AT("BySubmittedAt", "LSK_SUBMITTED"), CREATED_AT("ByCreatedAt", "LSK_CREATED"),
        ORGANISATION("ByOrganisation", "LSK_ORGANISATION"), TITLE("ByTitle", "LSK_TITLE"),
        RECEIPT("ByReceipt", "LSK_RECEIPT");

        private final String indexName;
        private final String sortKeyAttribute;

        ListIndex(String indexName, String sortKeyAttribute) {
            this.indexName = indexName;
            this.sortKeyAttribute = sortKeyAttribute;
        }

        public static ListIndex of(DossierListing.Order order) {
            return valueOf(order.name());
        }

        public String indexName() {
            return indexName;
        }

        public String sortKeyAttribute() {
            return sortKeyAttribute;
        }

        public DossierListing.Order order() {
            return DossierListing.Order.valueOf(name());
        }

        /** The index sort key of a dossier: its status, {@code #}, its sort key in this order. */
        public String sortKey(Candidacy candidacy) {
            return statusIndexPrefix(candidacy.status()) + DossierListing.sortKey(candidacy, order());
        }
    }

    /** The dossier id at the end of a list index sort key. */
    public static String candidacyIdOfListKey(String listSortKey) {
        return listSortKey.substring(listSortKey.lastIndexOf(DossierListing.SEPARATOR) + 1);
    }

    /**
     * The attributes {@link #toItem} leaves out when they do not apply: a write of the whole item removes those the
     * dossier no longer has (its other attributes are always written).
     */
    public static final List<String> OPTIONAL_ATTRIBUTES = List.of("GSI2PK", "GSI2SK", "GSI3PK", "GSI3SK",
            LIST_UNREACHABLE, LIST_SUBMITTED);

    public static Map<String, AttributeValue> toItem(Candidacy candidacy) {
        Map<String, AttributeValue> item = new HashMap<>(key(candidacy.id()));
        item.put("type", AttributeValue.fromS("candidacy"));
        item.put("campaignId", AttributeValue.fromS(candidacy.campaignId()));
        item.put("status", AttributeValue.fromS(candidacy.status().code()));
        item.put(REVISION, AttributeValue.fromN(Long.toString(candidacy.revision())));
        item.put("version", AttributeValue.fromN(Long.toString(candidacy.version())));
        item.put("GSI1PK", AttributeValue.fromS(campaignIndexKey(candidacy.campaignId())));
        item.put("GSI1SK", AttributeValue.fromS(campaignIndexSortKey(candidacy)));
        String email = candidacy.contactEmail();
        if (email != null && !email.isBlank()) {
            item.put("GSI2PK", AttributeValue.fromS(contactIndexKey(candidacy.campaignId(), email)));
            item.put("GSI2SK", AttributeValue.fromS(candidacy.id()));
        }
        candidacy.nextMailDue().ifPresent(due -> {
            item.put("GSI3PK", AttributeValue.fromS(OUTBOX_INDEX_KEY));
            item.put("GSI3SK", AttributeValue.fromS(outboxIndexSortKey(due)));
        });
        for (ListIndex index : ListIndex.values()) {
            item.put(index.sortKeyAttribute(), AttributeValue.fromS(index.sortKey(candidacy)));
        }
        item.put(LIST_KIND, AttributeValue.fromS(DossierTally.kindOf(candidacy)));
        item.put(LIST_TEXT, AttributeValue.fromS(DossierListing.searchText(candidacy)));
        if (DossierListing.unreachable(candidacy)) {
            item.put(LIST_UNREACHABLE, AttributeValue.fromBool(true));
        }
        if (candidacy.lastSubmittedAt() != null) {
            item.put(LIST_SUBMITTED, AttributeValue.fromS(DossierListing.instantKey(candidacy.lastSubmittedAt())));
        }
        // an erased dossier has no mail left: the same sparse index lists the erasures still pending
        if (candidacy.erased() && !candidacy.erasure().complete() && !item.containsKey("GSI3PK")) {
            item.put("GSI3PK", AttributeValue.fromS(ERASURE_INDEX_KEY));
            item.put("GSI3SK", AttributeValue.fromS(candidacy.erasure().requestedAt() + "#" + candidacy.id()));
        }
        ItemDocument.put(item, CandidacyDocument.write(candidacy), CandidacyDocument.version(candidacy));
        return item;
    }

    /** The dossier at the item's {@code revision} (the attribute its writes are conditioned on). */
    public static Candidacy fromItem(Map<String, AttributeValue> item) {
        String what = item.get("PK").s();
        return CandidacyDocument.read(ItemDocument.of(item, what), what)
                .atRevision(Long.parseLong(item.get(REVISION).n()));
    }
}
