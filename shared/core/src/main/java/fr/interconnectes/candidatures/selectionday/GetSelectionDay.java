package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.SelectionDays;

/** An organiser of the campaign reads its selection day's plan ({@code GET /admin/campaigns/{id}/selection-day}). */
public record GetSelectionDay(Campaigns campaigns, SelectionDays days) {

    public record Result(Campaign campaign, SelectionDay day) {
    }

    public Result execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        return new Result(campaign, new SelectionDayStore(days).require(campaign.id()));
    }
}
