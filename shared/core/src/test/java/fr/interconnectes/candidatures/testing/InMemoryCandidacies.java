package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.DossierListing;
import fr.interconnectes.candidatures.domain.candidacy.DossierTally;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Dossiers in a map, with the same revision checks as the DynamoDB adapter: a write at a stale revision
 * throws {@link StaleRevision} and changes nothing. Tests can slip a concurrent write in before the next
 * update ({@link #beforeNextUpdate}) to prove a use case starts over from a fresh read.
 */
public final class InMemoryCandidacies implements Candidacies {

    private final Map<String, Candidacy> stored = new ConcurrentHashMap<>();
    private final Deque<Consumer<InMemoryCandidacies>> beforeUpdates = new ArrayDeque<>();
    private int updates;
    private int pagesRead;
    private final java.util.Queue<String> countedWritten = new java.util.concurrent.ConcurrentLinkedQueue<>();

    @Override
    public Optional<Candidacy> find(String candidacyId) {
        return Optional.ofNullable(stored.get(candidacyId));
    }

    @Override
    public synchronized boolean create(Candidacy candidacy) {
        return stored.putIfAbsent(candidacy.id(), candidacy.atRevision(1)) == null;
    }

    @Override
    public synchronized Candidacy update(Candidacy candidacy) {
        Consumer<InMemoryCandidacies> interloper = beforeUpdates.poll();
        if (interloper != null) {
            interloper.accept(this);
        }
        Candidacy current = stored.get(candidacy.id());
        if (current == null || current.revision() != candidacy.revision()) {
            throw new StaleRevision(candidacy.id());
        }
        Candidacy next = candidacy.atRevision(candidacy.revision() + 1);
        stored.put(next.id(), next);
        updates++;
        return next;
    }

    @Override
    public List<Candidacy> findByContactEmail(String campaignId, String email) {
        return inCampaign(campaignId).stream().filter(c -> email.equalsIgnoreCase(c.contactEmail())).toList();
    }

    @Override
    public List<Candidacy> findByCampaign(String campaignId) {
        return inCampaign(campaignId);
    }

    @Override
    public List<Candidacy> findByStatus(String campaignId, CandidacyStatus status) {
        return inCampaign(campaignId).stream().filter(c -> c.status() == status).toList();
    }

    @Override
    public List<Candidacy> withMailDue(Instant now, int limit) {
        return stored.values().stream()
                .filter(c -> c.nextMailDue().map(due -> !due.isAfter(now)).orElse(false))
                .sorted(Comparator.comparing(Candidacy::id))
                .limit(limit)
                .toList();
    }

    /** The reference meaning of a listing: every dossier of the campaign filtered and sorted in memory. */
    @Override
    public DossierListing.Slice list(DossierListing listing, int limit, String after) {
        List<Candidacy> matching = stored.values().stream().filter(listing::matches).sorted(listing.comparator()).toList();
        int start = 0;
        while (after != null && start < matching.size()) {
            int compared = DossierListing.compareUtf8(DossierListing.sortKey(matching.get(start), listing.order()), after);
            if (listing.descending() ? compared < 0 : compared > 0) {
                break;
            }
            start++;
        }
        int end = Math.min(matching.size(), start + limit);
        List<Candidacy> page = start >= matching.size() ? List.of() : matching.subList(start, end);
        String next = end < matching.size() ? DossierListing.sortKey(page.get(page.size() - 1), listing.order()) : null;
        return new DossierListing.Slice(page, next);
    }

    @Override
    public long count(DossierListing listing) {
        return stored.values().stream().filter(listing::matches).count();
    }

    @Override
    public DossierTally tally(String campaignId) {
        return inCampaign(campaignId).stream().map(DossierTally::of).reduce(DossierTally.NONE, DossierTally::plus);
    }

    /** Nothing to do: {@link #tally} sums the dossiers as they are when it is asked. */
    @Override
    public void countWritten(String candidacyId) {
        countedWritten.add(candidacyId);
    }

    /** The dossiers {@link #countWritten} was asked to count, in order. */
    public List<String> countedWritten() {
        return List.copyOf(countedWritten);
    }

    @Override
    public Page page(String campaignId, String cursor, int limit) {
        pagesRead++;
        List<Candidacy> after = inCampaign(campaignId).stream()
                .sorted(Comparator.comparing(InMemoryCandidacies::indexKey))
                .filter(c -> cursor == null || indexKey(c).compareTo(cursor) > 0)
                .toList();
        List<Candidacy> items = after.stream().limit(limit).toList();
        return new Page(items, after.size() > limit ? indexKey(items.get(items.size() - 1)) : null);
    }

    @Override
    public List<Candidacy> withErasurePending(int limit) {
        return stored.values().stream()
                .filter(c -> c.erased() && !c.erasure().complete())
                .sorted(Comparator.comparing(Candidacy::id))
                .limit(limit)
                .toList();
    }

    /** How many pages {@link #page} served. */
    public int pagesRead() {
        return pagesRead;
    }

    /** The order of the campaign index: status, creation, id (as the DynamoDB adapter's). */
    private static String indexKey(Candidacy candidacy) {
        return candidacy.status().code() + "#" + candidacy.createdAt() + "#" + candidacy.id();
    }

    /** Stores a dossier as it is (its revision included), as if written earlier. */
    public Candidacy put(Candidacy candidacy) {
        stored.put(candidacy.id(), candidacy);
        return candidacy;
    }

    /** Runs {@code write} just before the next {@link #update}, as a concurrent request would. */
    public synchronized void beforeNextUpdate(Consumer<InMemoryCandidacies> write) {
        beforeUpdates.add(write);
    }

    /** The dossier as stored now. */
    public Candidacy stored(String candidacyId) {
        return find(candidacyId).orElseThrow(() -> new AssertionError("no dossier " + candidacyId));
    }

    public List<Candidacy> all() {
        return stored.values().stream().sorted(Comparator.comparing(Candidacy::id)).toList();
    }

    /** How many updates succeeded. */
    public int updates() {
        return updates;
    }

    private List<Candidacy> inCampaign(String campaignId) {
        return stored.values().stream()
                .filter(c -> c.campaignId().equals(campaignId))
                .sorted(Comparator.comparing(Candidacy::createdAt).thenComparing(Candidacy::id))
                .toList();
    }
}
