package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.port.PublishedResults;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The published palmarès in a map, one per campaign. */
public final class InMemoryPublishedResults implements PublishedResults {

    private final Map<String, Palmares> stored = new ConcurrentHashMap<>();

    @Override
    public Optional<Palmares> find(String campaignId) {
        return Optional.ofNullable(stored.get(campaignId));
    }

    @Override
    public void save(Palmares palmares) {
        stored.put(palmares.campaignId(), palmares);
    }
}
