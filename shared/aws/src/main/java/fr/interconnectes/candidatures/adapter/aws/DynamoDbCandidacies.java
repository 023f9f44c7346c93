package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.adapter.aws.items.CandidacyItem;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import fr.interconnectes.candidatures.adapter.aws.items.TallyItem;
import fr.interconnectes.candidatures.port.DossierListing;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;

/**
 * Dossiers in the single table, one item each ({@link CandidacyItem}), found by id or through the indexes.
 * Every write is one conditional write of the whole item on {@code revision} ({@link DynamoDbTable#replace}): all or
 * nothing, never lost to a concurrent one.
 *
 * <p>A dossier's tally ({@link DossierTally}) is applied to its campaign's counter shard ({@link TallyItem}), which
 * keeps what it holds for each dossier: applying is idempotent and ordered by revision, so concurrent writes and
 * retries count exactly once. When is set by {@link Counting}: on Lambda, {@link Counting#BY_TABLE_STREAM}, the
 * table's stream brings each written dossier to {@link #countWritten} (CountWrittenDossiersFunction), which Lambda
 * retries until it is done; the tools, the seeding of demo data and {@link #backfill} count {@link Counting#ON_WRITE},
 * right after each write, where a process dying between the two writes leaves the count to the next backfill.
 */
public record DynamoDbCandidacies(DynamoDbClient dynamoDb, String tableName, Counting counting)
        implements Candidacies {

    /** When a dossier's write reaches its campaign's counters. */
    public enum Counting {
        /** By the write, just after it, in the same call. */
        ON_WRITE,
        /** A second or so later, from the table's stream: the write's request does not wait for the counters. */
        BY_TABLE_STREAM
    }

    /** Counting {@link Counting#ON_WRITE}. */
    public DynamoDbCandidacies(DynamoDbClient dynamoDb, String tableName) {
        this(dynamoDb, tableName, Counting.ON_WRITE);
    }

    @Override
    public Optional<Candidacy> find(String candidacyId) {
        return table().get(CandidacyItem.key(candidacyId)).map(CandidacyItem::fromItem);
    }

    @Override
    public boolean create(Candidacy candidacy) {
        try {
            Candidacy created = candidacy.atRevision(1);
            table().replace(CandidacyItem.toItem(created), CandidacyItem.OPTIONAL_ATTRIBUTES,
                    "attribute_not_exists(PK)", Map.of(), Map.of());
            if (counting == Counting.ON_WRITE) {
                tallies().apply(created);
            }
            return true;
        } catch (ConditionalCheckFailedException exists) {
            return false;
        }
    }

    @Override
    public Candidacy update(Candidacy candidacy) {
        return update(find(candidacy.id()).orElse(null), candidacy);
    }

    @Override
    public Candidacy update(Candidacy stored, Candidacy candidacy) {
        Candidacy next = put(candidacy);
        if (counting == Counting.ON_WRITE && (stored == null || stored.revision() != candidacy.revision()
                || !DossierTally.of(stored).equals(DossierTally.of(next)))) {
            tallies().apply(next);
        }
        return next;
    }

    private Candidacy put(Candidacy candidacy) {
        Candidacy next = candidacy.atRevision(candidacy.revision() + 1);
        try {
            putIfAt(next, candidacy.revision());
            return next;
        } catch (ConditionalCheckFailedException stale) {
            throw new StaleRevision(candidacy.id());
        }
    }

    /** Writes the item of {@code candidacy} if the stored one is still at {@code revision}. */
    private void putIfAt(Candidacy candidacy, long revision) {
        table().replace(CandidacyItem.toItem(candidacy), CandidacyItem.OPTIONAL_ATTRIBUTES, "#revision = :expected",
                Map.of("#revision", CandidacyItem.REVISION),
                Map.of(":expected", AttributeValue.fromN(Long.toString(revision))));
    }

    @Override
    public List<Candidacy> findByContactEmail(String campaignId, String email) {
        String contact = CandidacyItem.contactIndexKey(campaignId, email);
        return table().queryIndex("GSI2", contact, CandidacyItem::candidacyIdOf).stream()
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> email.equalsIgnoreCase(c.contactEmail()))
                .toList();
    }

    @Override
    public List<Candidacy> findByCampaign(String campaignId) {
        return table().queryIndex("GSI1", CandidacyItem.campaignIndexKey(campaignId), CandidacyItem::fromItem);
    }

    @Override
    public List<Candidacy> findByStatus(String campaignId, CandidacyStatus status) {
        return table().queryIndex("GSI1", "GSI1PK = :pk AND begins_with(GSI1SK, :status)", Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)),
                        ":status", AttributeValue.fromS(CandidacyItem.statusIndexPrefix(status))),
                CandidacyItem::fromItem);
    }

    @Override
    public List<Candidacy> withMailDue(Instant now, int limit) {
        List<String> dueIds = table().queryIndex("GSI3", "GSI3PK = :pk AND GSI3SK <= :now", Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.OUTBOX_INDEX_KEY),
                        ":now", AttributeValue.fromS(CandidacyItem.outboxIndexSortKey(now))),
                limit, CandidacyItem::candidacyIdOf);
        // the index holds keys only and is eventually consistent: read the dossiers fresh, in one batch
        return findAll(dueIds).stream()
                .filter(c -> c.nextMailDue().map(due -> !due.isAfter(now)).orElse(false))
                .toList();
    }

    @Override
    public DossierListing.Slice list(DossierListing listing, int limit, String after) {
        return new DynamoDbDossierList(table(), listing).page(limit, after, this::findAll);
    }

    @Override
    public long count(DossierListing listing) {
        return new DynamoDbDossierList(table(), listing).count();
    }

    @Override
    public DossierTally tally(String campaignId) {
        return tallies().read(campaignId);
    }

    @Override
    public void countWritten(String candidacyId) {
        find(candidacyId).ifPresent(tallies()::apply);
    }

    /**
     * Brings the campaign's dossiers written before the list indexes and counters up to date: each item is written
     * again as this release writes it (same revision, so a concurrent write simply wins), and its tally applied
     * (idempotent). Safe to run again and while the campaign is open. Returns how many dossiers it went through.
     */
    public int backfill(String campaignId) {
        int done = 0;
        for (Candidacy candidacy : findByCampaign(campaignId)) {
            try {
                putIfAt(candidacy, candidacy.revision());
            } catch (ConditionalCheckFailedException changedMeanwhile) {
                // written meanwhile by this release, with its list attributes and its tally
            }
            tallies().apply(candidacy);
            done++;
        }
        return done;
    }

    /** The dossiers of these ids that exist, in the same order, read consistently in batches. */
    private List<Candidacy> findAll(List<String> ids) {
        Map<String, Candidacy> found = new java.util.HashMap<>();
        table().batchGet(ids.stream().map(CandidacyItem::key).toList())
                .forEach(item -> found.put(CandidacyItem.candidacyIdOf(item), CandidacyItem.fromItem(item)));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
    }

    private DynamoDbTallies tallies() {
        return new DynamoDbTallies(table());
    }

    /** A Query of the campaign index from after the cursor, which is the last dossier's sort key there. */
    @Override
    public Page page(String campaignId, String cursor, int limit) {
        String condition = cursor == null ? "GSI1PK = :pk" : "GSI1PK = :pk AND GSI1SK > :after";
        Map<String, AttributeValue> values = cursor == null
                ? Map.of(":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)))
                : Map.of(":pk", AttributeValue.fromS(CandidacyItem.campaignIndexKey(campaignId)),
                        ":after", AttributeValue.fromS(cursor));
        // one more than asked tells whether another page follows
        List<Candidacy> found = table().queryIndex("GSI1", condition, values, limit + 1, CandidacyItem::fromItem);
        List<Candidacy> items = found.subList(0, Math.min(limit, found.size()));
        String next = found.size() > limit ? CandidacyItem.campaignIndexSortKey(items.get(items.size() - 1)) : null;
        return new Page(items, next);
    }

    @Override
    public List<Candidacy> withErasurePending(int limit) {
        return table().queryIndex("GSI3", "GSI3PK = :pk", Map.of(
                        ":pk", AttributeValue.fromS(CandidacyItem.ERASURE_INDEX_KEY)),
                limit, CandidacyItem::candidacyIdOf).stream()
                .map(this::find).flatMap(Optional::stream)
                .filter(c -> c.erased() && !c.erasure().complete())
                .toList();
    }

    private DynamoDbTable table() {
        return new DynamoDbTable(dynamoDb, tableName);
    }
}
