package fr.interconnectes.candidatures.laureates;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.PublishedResults;

/** Anyone reads a campaign's published palmarès; 404 {@code laureates_not_published} until it is. */
public record GetLaureates(Campaigns campaigns, PublishedResults results) {

    public PublishedPalmares execute(String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        Palmares palmares = results.find(campaign.id())
                .orElseThrow(() -> new DomainException(ErrorCode.LAUREATES_NOT_PUBLISHED, campaign.id()));
        return new PublishedPalmares(campaign, palmares);
    }
}
