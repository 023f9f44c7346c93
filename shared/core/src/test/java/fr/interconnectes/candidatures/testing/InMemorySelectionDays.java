package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Selection days by campaign, with the adapter's revision check. Tests can slip a concurrent write in before the
 * next save ({@link #beforeNextSave}).
 */
public final class InMemorySelectionDays implements SelectionDays {

    private final Map<String, SelectionDay> stored = new ConcurrentHashMap<>();
    private final Deque<Consumer<InMemorySelectionDays>> beforeSaves = new ArrayDeque<>();

    @Override
    public Optional<SelectionDay> find(String campaignId) {
        return Optional.ofNullable(stored.get(campaignId));
    }

    @Override
    public synchronized SelectionDay save(SelectionDay day) {
        Consumer<InMemorySelectionDays> before = beforeSaves.poll();
        if (before != null) {
            before.accept(this);
        }
        SelectionDay current = stored.get(day.campaignId());
        if ((current == null ? 0 : current.revision()) != day.revision()) {
            throw new Candidacies.StaleRevision(day.campaignId());
        }
        SelectionDay next = day.atRevision(day.revision() + 1);
        stored.put(day.campaignId(), next);
        return next;
    }

    /** Stores a day as it is, as if written earlier. */
    public SelectionDay put(SelectionDay day) {
        stored.put(day.campaignId(), day);
        return day;
    }

    /** The day as stored now (a test failure if there is none). */
    public SelectionDay stored(String campaignId) {
        return find(campaignId).orElseThrow(() -> new AssertionError("no selection day for " + campaignId));
    }

    /** Runs {@code write} just before the next save, as a concurrent request would. */
    public void beforeNextSave(Consumer<InMemorySelectionDays> write) {
        beforeSaves.add(write);
    }
}
