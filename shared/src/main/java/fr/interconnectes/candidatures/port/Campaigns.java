package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.Campaign;
import java.util.List;
import java.util.Optional;

/** Where campaigns are kept. */
public interface Campaigns {

    Optional<Campaign> find(String campaignId);

    /** Every campaign, most recent edition first, then by id. */
    List<Campaign> all();

    void save(Campaign campaign);
}
