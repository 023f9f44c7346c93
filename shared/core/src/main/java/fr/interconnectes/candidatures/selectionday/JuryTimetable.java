package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order of the day as a jury reads it ({@code GET /admin/jury/timetable?campaignId=}): a juror sees their own
 * panel's slots in order, each with the dossier's summary and where they stand on it (to score, scored, conflict);
 * organisers of the campaign see every panel, with each dossier's count of sheets.
 */
public record JuryTimetable(Campaigns campaigns, Candidacies candidacies, JuryRecords juryRecords, SelectionDays days) {

    /** One audition: the slot, its dossier (null if it is gone), the caller's own record (jurors), the sheets. */
    public record Hearing(Slot slot, Candidacy candidacy, JuryRecord ownRecord, int jurors, int sheets) {
    }

    public record PanelOrder(Panel panel, List<Hearing> hearings) {
    }

    /** @param asJuror whether the caller reads as a juror of the panel shown (else as an organiser, every panel) */
    public record Result(Campaign campaign, SelectionDay day, boolean asJuror, List<PanelOrder> panels) {
    }

    public Result execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        boolean organiser = AdminAccess.organises(caller, campaign);
        if (!organiser && !caller.has(Role.JUROR)) {
            AdminAccess.requireOrganiser(caller, campaign);
            throw new DomainException(ErrorCode.FORBIDDEN);
        }
        // a juror learns nothing of a day they do not sit in, not even whether it is planned
        if (!organiser && days.find(campaign.id()).flatMap(d -> d.plan().panelOf(caller.sub())).isEmpty()) {
            throw new DomainException(SelectionDayError.NOT_IN_A_PANEL);
        }
        SelectionDay day = new SelectionDayStore(days).requireTimetable(campaign.id());
        List<Panel> shown = organiser ? day.plan().panels()
                : List.of(day.plan().panelOf(caller.sub()).orElseThrow());
        Map<String, Candidacy> dossiers = GetTimetable.dossiersOf(day, candidacies);
        List<PanelOrder> panels = new ArrayList<>();
        for (Panel panel : shown) {
            List<Hearing> hearings = new ArrayList<>();
            for (Slot slot : day.timetable().ofPanel(panel.id())) {
                List<JuryRecord> records = juryRecords.forCandidacy(slot.candidacyId());
                Optional<JuryRecord> own = organiser ? Optional.empty()
                        : records.stream().filter(r -> r.jurorId().equals(caller.sub())).findFirst();
                hearings.add(new Hearing(slot, dossiers.get(slot.candidacyId()), own.orElse(null),
                        (int) records.stream().filter(r -> !r.conflicted()).count(),
                        (int) records.stream().filter(JuryRecord::scored).count()));
            }
            panels.add(new PanelOrder(panel, List.copyOf(hearings)));
        }
        return new Result(campaign, day, !organiser, List.copyOf(panels));
    }
}
