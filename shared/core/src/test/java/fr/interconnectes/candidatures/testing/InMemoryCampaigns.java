package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.port.Campaigns;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Campaigns in a map, listed in the adapter's order: most recent edition first, then by id. */
public final class InMemoryCampaigns implements Campaigns {

    private final Map<String, Campaign> stored = new ConcurrentHashMap<>();

    public InMemoryCampaigns(Campaign... campaigns) {
        for (Campaign campaign : campaigns) {
            save(campaign);
        }
    }

    @Override
    public Optional<Campaign> find(String campaignId) {
        return Optional.ofNullable(stored.get(campaignId));
    }

    @Override
    public List<Campaign> all() {
        return stored.values().stream()
                .sorted(Comparator.comparingInt(Campaign::edition).reversed().thenComparing(Campaign::id))
                .toList();
    }

    @Override
    public void save(Campaign campaign) {
        stored.put(campaign.id(), campaign);
    }
}
