package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem.ListIndex;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.DossierListing;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * A listing read from the list index of its order ({@link ListIndex}): one key range per status (a status, or all
 * four merged by sort key), the other filters applied by DynamoDB on the index's few attributes, pages by key. The
 * position after a page is, for each status range, the sort key of the last dossier taken from it.
 */
record DynamoDbDossierList(DynamoDbTable table, DossierListing listing) {

    private static final String ENTRY = "\n";
    /** Index entries read a request when DynamoDB filters: a page of 50 rarely needs a second request. */
    private static final int FILTERED_PAGE = 400;

    DossierListing.Slice page(int limit, String after, Function<List<String>, List<Candidacy>> read) {
        ListIndex index = ListIndex.of(listing.order());
        Map<CandidacyStatus, String> positions = decode(after);
        List<String> found = new ArrayList<>();
        for (CandidacyStatus status : listing.statuses()) {
            found.addAll(table.query(r -> range(r, index, status, positions.get(status)).limit(requestLimit(limit)),
                    limit + 1, item -> item.get(index.sortKeyAttribute()).s()));
        }
        Comparator<String> byKey = (a, b) -> DossierListing.compareUtf8(withoutStatus(a), withoutStatus(b));
        found.sort(listing.descending() ? byKey.reversed() : byKey);
        List<String> taken = found.subList(0, Math.min(limit, found.size()));
        Map<CandidacyStatus, String> next = new LinkedHashMap<>(positions);
        taken.forEach(key -> next.put(statusOf(key), key));
        List<Candidacy> items = read.apply(taken.stream().map(CandidacyItem::candidacyIdOfListKey).toList());
        return new DossierListing.Slice(items, found.size() > taken.size() ? encode(next) : null);
    }

    long count() {
        ListIndex index = ListIndex.of(listing.order());
        long count = 0;
        for (CandidacyStatus status : listing.statuses()) {
            QueryRequest query = QueryRequest.builder().applyMutation(r -> range(r, index, status, null))
                    .select(Select.COUNT).build();
            count += table.count(query);
        }
        return count;
    }

    private int requestLimit(int limit) {
        return hasFilter() ? Math.max(FILTERED_PAGE, limit + 1) : limit + 1;
    }

    private boolean hasFilter() {
        return listing.kind() != null || listing.text() != null || listing.unreachable()
                || (!keyedOnSubmission() && (listing.submittedFrom() != null || listing.submittedBefore() != null));
    }

    /** Sorted on submission, the submission range is a key range. */
    private boolean keyedOnSubmission() {
        return listing.order() == DossierListing.Order.SUBMITTED_AT;
    }

    private QueryRequest.Builder range(QueryRequest.Builder request, ListIndex index, CandidacyStatus status,
                                       String after) {
        Map<String, String> names = new HashMap<>(Map.of("#sk", index.sortKeyAttribute()));
        Map<String, AttributeValue> values = new HashMap<>(Map.of(
                ":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(listing.campaignId()))));
        String prefix = CandidacyItem.statusIndexPrefix(status);
        String keyCondition;
        if (keyedOnSubmission() && (listing.submittedFrom() != null || listing.submittedBefore() != null)) {
            // status#from ≤ key < status#before: a key of the instant "before" goes on with SEPARATOR and the id
            values.put(":lo", AttributeValue.fromS(prefix + (listing.submittedFrom() == null ? ""
                    : DossierListing.instantKey(listing.submittedFrom()))));
            values.put(":hi", AttributeValue.fromS(prefix + (listing.submittedBefore() == null ? "\uffff"
                    : DossierListing.instantKey(listing.submittedBefore()))));
            keyCondition = "GSI1PK = :pk AND #sk BETWEEN :lo AND :hi";
            if (listing.submittedFrom() == null) {
                // drafts have no submission key: an empty one, which a range with a start leaves out already
                values.put(":lo", AttributeValue.fromS(prefix + "0"));
            }
        } else {
            values.put(":prefix", AttributeValue.fromS(prefix));
            keyCondition = "GSI1PK = :pk AND begins_with(#sk, :prefix)";
        }
        List<String> filters = new ArrayList<>();
        if (listing.kind() != null) {
            names.put("#kind", CandidacyItem.LIST_KIND);
            values.put(":kind", AttributeValue.fromS(listing.kind()));
            filters.add("#kind = :kind");
        }
        if (!keyedOnSubmission() && listing.submittedFrom() != null) {
            names.put("#submitted", CandidacyItem.LIST_SUBMITTED);
            values.put(":from", AttributeValue.fromS(DossierListing.instantKey(listing.submittedFrom())));
            filters.add("#submitted >= :from");
        }
        if (!keyedOnSubmission() && listing.submittedBefore() != null) {
            names.put("#submitted", CandidacyItem.LIST_SUBMITTED);
            values.put(":before", AttributeValue.fromS(DossierListing.instantKey(listing.submittedBefore())));
            filters.add("#submitted < :before");
        }
        if (listing.unreachable()) {
            names.put("#unreachable", CandidacyItem.LIST_UNREACHABLE);
            filters.add("attribute_exists(#unreachable)");
        }
        if (listing.text() != null) {
            names.put("#text", CandidacyItem.LIST_TEXT);
            values.put(":text", AttributeValue.fromS(listing.text()));
            filters.add("contains(#text, :text)");
        }
        request.indexName(index.indexName()).keyConditionExpression(keyCondition)
                .scanIndexForward(!listing.descending())
                .expressionAttributeNames(names).expressionAttributeValues(values);
        if (!filters.isEmpty()) {
            request.filterExpression(String.join(" AND ", filters));
        }
        if (after != null) {
            request.exclusiveStartKey(Map.of(
                    "GSI1PK", values.get(":pk"),
                    index.sortKeyAttribute(), AttributeValue.fromS(after),
                    "PK", AttributeValue.fromS(CandidacyItem.partitionKey(CandidacyItem.candidacyIdOfListKey(after))),
                    "SK", AttributeValue.fromS(CandidacyItem.SORT_KEY)));
        }
        return request;
    }

    private static String withoutStatus(String listKey) {
        return listKey.substring(listKey.indexOf('#') + 1);
    }

    private static CandidacyStatus statusOf(String listKey) {
        int hash = listKey.indexOf('#');
        for (CandidacyStatus status : CandidacyStatus.values()) {
            if (hash > 0 && status.code().equals(listKey.substring(0, hash))) {
                return status;
            }
        }
        throw new DomainException(ErrorCode.INVALID_CURSOR);
    }

    /** The keys the page ended on, one per status range, each starting with its status. */
    private static String encode(Map<CandidacyStatus, String> positions) {
        return String.join(ENTRY, positions.values());
    }

    /** Positions this listing handed out; anything else is a bad cursor. */
    private Map<CandidacyStatus, String> decode(String after) {
        Map<CandidacyStatus, String> positions = new LinkedHashMap<>();
        if (after == null) {
            return positions;
        }
        for (String key : after.split(ENTRY)) {
            CandidacyStatus status = statusOf(key);
            if (!listing.statuses().contains(status) || key.indexOf(DossierListing.SEPARATOR) < 0) {
                throw new DomainException(ErrorCode.INVALID_CURSOR);
            }
            positions.put(status, key);
        }
        return positions;
    }
}
