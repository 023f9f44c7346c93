package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every metric recorded, in order (senders of the outbox record from several threads). */
public final class RecordingMetrics implements Metrics {

    private final List<Metric> recorded = new CopyOnWriteArrayList<>();

    @Override
    public void record(Metric metric) {
        recorded.add(metric);
    }

    public List<Metric> recorded() {
        return List.copyOf(recorded);
    }

    /** The metrics recorded of one kind. */
    public <M extends Metric> List<M> of(Class<M> kind) {
        return recorded.stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    public void clear() {
        recorded.clear();
    }
}
