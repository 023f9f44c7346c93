package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.util.LinkedHashMap;
import java.util.Map;

/** An organiser of the campaign reads its timetable ({@code GET /admin/campaigns/{id}/timetable}), every panel. */
public record GetTimetable(Campaigns campaigns, Candidacies candidacies, SelectionDays days) {

    public TimetableView execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        SelectionDay day = new SelectionDayStore(days).requireTimetable(campaign.id());
        return new TimetableView(campaign, day, dossiersOf(day, candidacies));
    }

    /** The dossiers the day's slots name, as stored now. */
    static Map<String, Candidacy> dossiersOf(SelectionDay day, Candidacies candidacies) {
        Map<String, Candidacy> dossiers = new LinkedHashMap<>();
        day.timetableIfAny().ifPresent(t -> t.slots().forEach(slot ->
                candidacies.find(slot.candidacyId()).ifPresent(c -> dossiers.put(c.id(), c))));
        return dossiers;
    }
}
