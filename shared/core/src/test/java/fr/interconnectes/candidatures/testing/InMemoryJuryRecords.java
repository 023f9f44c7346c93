package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Jury records keyed by dossier and juror, with the adapter's revision checks. Tests can slip a concurrent
 * write in before the next save or conditional delete ({@link #beforeNextWrite}) to prove a use case starts
 * over from a fresh read.
 */
public final class InMemoryJuryRecords implements JuryRecords {

    private final Map<String, JuryRecord> stored = new ConcurrentHashMap<>();
    private final Deque<Consumer<InMemoryJuryRecords>> beforeWrites = new ArrayDeque<>();

    @Override
    public Optional<JuryRecord> find(String candidacyId, String jurorId) {
        return Optional.ofNullable(stored.get(key(candidacyId, jurorId)));
    }

    @Override
    public List<JuryRecord> forCandidacy(String candidacyId) {
        return sorted(stored.values().stream().filter(r -> r.candidacyId().equals(candidacyId)).toList());
    }

    @Override
    public List<JuryRecord> forCampaign(String campaignId) {
        return sorted(stored.values().stream().filter(r -> r.campaignId().equals(campaignId)).toList());
    }

    @Override
    public List<JuryRecord> forJuror(String jurorId, String campaignId) {
        return sorted(stored.values().stream()
                .filter(r -> r.jurorId().equals(jurorId) && r.campaignId().equals(campaignId)).toList());
    }

    @Override
    public synchronized JuryRecord save(JuryRecord record) {
        interlope();
        JuryRecord current = stored.get(key(record.candidacyId(), record.jurorId()));
        long storedRevision = current == null ? 0 : current.revision();
        if (storedRevision != record.revision()) {
            throw new Candidacies.StaleRevision(record.candidacyId());
        }
        JuryRecord next = record.atRevision(record.revision() + 1);
        stored.put(key(record.candidacyId(), record.jurorId()), next);
        return next;
    }

    @Override
    public void delete(String candidacyId, String jurorId) {
        stored.remove(key(candidacyId, jurorId));
    }

    @Override
    public synchronized void delete(JuryRecord record) {
        interlope();
        JuryRecord current = stored.get(key(record.candidacyId(), record.jurorId()));
        if (current != null && current.revision() != record.revision()) {
            throw new Candidacies.StaleRevision(record.candidacyId());
        }
        delete(record.candidacyId(), record.jurorId());
    }

    /** Stores a record as it is (its revision included), as if written earlier. */
    public JuryRecord put(JuryRecord record) {
        stored.put(key(record.candidacyId(), record.jurorId()), record);
        return record;
    }

    /** The record as stored now. */
    public JuryRecord stored(String candidacyId, String jurorId) {
        return find(candidacyId, jurorId).orElseThrow(() -> new AssertionError("no record of " + jurorId));
    }

    /** Runs {@code write} just before the next {@link #save} or conditional {@link #delete(JuryRecord)}. */
    public synchronized void beforeNextWrite(Consumer<InMemoryJuryRecords> write) {
        beforeWrites.add(write);
    }

    private void interlope() {
        Consumer<InMemoryJuryRecords> interloper = beforeWrites.poll();
        if (interloper != null) {
            interloper.accept(this);
        }
    }

    private static String key(String candidacyId, String jurorId) {
        return candidacyId + "\u0000" + jurorId;
    }

    private static List<JuryRecord> sorted(List<JuryRecord> records) {
        return records.stream()
                .sorted(Comparator.comparing(JuryRecord::candidacyId).thenComparing(JuryRecord::jurorId))
                .toList();
    }
}
