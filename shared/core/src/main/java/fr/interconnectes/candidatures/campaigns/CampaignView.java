package fr.interconnectes.candidatures.campaigns;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.CampaignStatus;

/** A campaign with its status as of the request. */
public record CampaignView(Campaign campaign, CampaignStatus status) {
}
