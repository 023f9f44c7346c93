package fr.interconnectes.candidatures.port;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import java.util.List;
import java.util.Optional;

/** Where campaigns are kept. */
public interface Campaigns {

    Optional<Campaign> find(String campaignId);

    /** The campaign, or a 404 {@code campaign_not_found} naming it. */
    default Campaign require(String campaignId) {
        return find(campaignId).orElseThrow(() -> new DomainException(ErrorCode.CAMPAIGN_NOT_FOUND, campaignId));
    }

    /** Every campaign, most recent edition first, then by id. */
    List<Campaign> all();

    void save(Campaign campaign);
}
