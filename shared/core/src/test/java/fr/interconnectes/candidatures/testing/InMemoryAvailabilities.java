package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.selectionday.Availability;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Declared unavailabilities by dossier. */
public final class InMemoryAvailabilities implements Availabilities {

    private final Map<String, Availability> stored = new ConcurrentHashMap<>();

    @Override
    public Optional<Availability> find(String candidacyId) {
        return Optional.ofNullable(stored.get(candidacyId));
    }

    @Override
    public List<Availability> forCampaign(String campaignId) {
        return stored.values().stream().filter(a -> a.campaignId().equals(campaignId))
                .sorted(Comparator.comparing(Availability::candidacyId)).toList();
    }

    @Override
    public void save(Availability availability) {
        stored.put(availability.candidacyId(), availability);
    }
}
