package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Candidacies;
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
