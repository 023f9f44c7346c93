package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An organiser of the campaign makes (or makes again) the audition timetable ({@code POST
 * /admin/campaigns/{id}/timetable}) for every submitted dossier, with {@link TimetableGenerator}. Made again, each
 * dossier keeps its slot id; only the slots that change get a new sequence, and those of dossiers no longer heard
 * are removed. Refused, with nothing written, when some dossier finds no slot (422 {@code timetable_infeasible},
 * each listed). The dossiers' jurors then follow their panel ({@link PanelJurors}). Audited.
 */
public record GenerateTimetable(Campaigns campaigns, Candidacies candidacies, SelectionDays days,
                                Availabilities availabilities, JuryRecords juryRecords, Audit audit, Clock clock) {

    public TimetableView execute(Principal caller, String campaignId) {
        Campaign campaign = campaigns.require(campaignId);
        AdminAccess.requireOrganiser(caller, campaign);
        SelectionDayStore store = new SelectionDayStore(days);
        SelectionDayPlan plan = store.require(campaign.id()).plan();
        Hearings hearings = Hearings.of(campaign, candidacies, availabilities, juryRecords);
        TimetableGenerator.Result result = TimetableGenerator.generate(plan, hearings.all());
        if (!result.complete()) {
            throw infeasible(result, hearings.hearings().size());
        }
        Instant now = clock.instant();
        SelectionDay saved = store.write(campaign.id(), current -> {
            if (!current.plan().equals(plan)) {
                throw new DomainException(ErrorCode.CONCURRENT_MODIFICATION);
            }
            return current.withTimetable(merge(current.timetableIfAny(), result.placed(), now, caller.sub()),
                    now, caller.sub());
        });
        PanelJurors panelJurors = new PanelJurors(juryRecords);
        int byHand = 0;
        for (Slot slot : saved.timetable().slots()) {
            Panel panel = slot.scheduled() ? plan.panel(slot.panelId()).orElse(null) : null;
            if (panelJurors.follow(campaign.id(), slot.candidacyId(), panel, now).byHand()) {
                byHand++;
            }
        }
        audit.record(caller, campaign.id(), null, "timetable_generated",
                "scheduled", saved.timetable().scheduled().size(),
                "removed", saved.timetable().slots().size() - saved.timetable().scheduled().size(),
                "jurorsByHand", byHand);
        return new TimetableView(campaign, saved, hearings.dossiers());
    }

    /** The new placements over the slots given before: same ids, sequences raised where something changed. */
    static Timetable merge(Optional<Timetable> before, List<TimetableGenerator.Placement> placed, Instant now,
                           String by) {
        List<Slot> slots = new ArrayList<>();
        for (TimetableGenerator.Placement placement : placed) {
            Optional<Slot> earlier = before.flatMap(t -> t.slotOf(placement.candidacyId()));
            slots.add(earlier.map(s -> s.movedTo(placement.panelId(), placement.when()))
                    .orElseGet(() -> Slot.first(placement.candidacyId(), placement.panelId(), placement.when())));
        }
        before.ifPresent(t -> t.slots().stream()
                .filter(s -> placed.stream().noneMatch(p -> p.candidacyId().equals(s.candidacyId())))
                .forEach(s -> slots.add(s.removed())));
        return new Timetable(slots, now, by);
    }

    private static DomainException infeasible(TimetableGenerator.Result result, int dossiers) {
        List<FieldError> unplaced = result.unplaced().stream()
                .map(h -> new FieldError("candidacies." + h.candidacyId(), "no_slot", new LocalizedText(
                        "Aucun créneau possible pour ce dossier (récépissé " + h.order() + ").",
                        "No possible slot for this dossier (receipt " + h.order() + ").")))
                .toList();
        return new DomainException(SelectionDayError.TIMETABLE_INFEASIBLE, unplaced,
                Integer.toString(result.unplaced().size()), Integer.toString(dossiers));
    }
}
