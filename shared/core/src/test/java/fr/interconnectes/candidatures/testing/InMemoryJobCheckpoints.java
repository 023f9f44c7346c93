package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.JobCheckpoints;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Jobs' checkpoints in a map; every checkpoint saved is kept in order, for the tests to read. */
public final class InMemoryJobCheckpoints implements JobCheckpoints {

    private final Map<String, Checkpoint> current = new ConcurrentHashMap<>();
    private final List<Checkpoint> saved = new ArrayList<>();

    @Override
    public Optional<Checkpoint> find(String job) {
        return Optional.ofNullable(current.get(job));
    }

    @Override
    public synchronized void save(Checkpoint checkpoint) {
        current.put(checkpoint.job(), checkpoint);
        saved.add(checkpoint);
    }

    @Override
    public void clear(String job) {
        current.remove(job);
    }

    public synchronized List<Checkpoint> saved() {
        return List.copyOf(saved);
    }
}
