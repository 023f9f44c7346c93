package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
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
import java.util.Set;

/**
 * An organiser of the campaign moves one slot to another time and/or panel, or swaps it with another slot ({@code
 * PUT /admin/campaigns/{id}/timetable/slots/{slotId}}), under the generator's rules ({@link SlotChecks}). Each slot
 * that changes gets a new sequence; the dossiers' jurors follow their new panel. Audited.
 */
public record MoveSlot(Campaigns campaigns, Candidacies candidacies, SelectionDays days, Availabilities availabilities,
                       JuryRecords juryRecords, Audit audit, Clock clock) {

    /**
     * Either {@code swapWith} (another slot's id), or a new {@code panelId} and/or {@code start} (null: unchanged);
     * the slot keeps its length.
     */
    public record Command(String campaignId, String slotId, String panelId, Instant start, String swapWith) {
    }

    public TimetableView execute(Principal caller, Command command) {
        Campaign campaign = campaigns.require(command.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        SelectionDayStore store = new SelectionDayStore(days);
        store.requireTimetable(campaign.id());
        Hearings hearings = Hearings.of(campaign, candidacies, availabilities, juryRecords);
        Instant now = clock.instant();
        List<Slot> changed = new ArrayList<>();
        SelectionDay saved = store.write(campaign.id(), current -> {
            changed.clear();
            changed.addAll(moves(current, command, hearings));
            List<Slot> real = changed.stream().filter(s -> !current.timetable().slots().contains(s)).toList();
            return real.isEmpty() ? current : current.withTimetable(current.timetable().with(real), now, caller.sub());
        });
        PanelJurors panelJurors = new PanelJurors(juryRecords);
        for (Slot slot : changed) {
            panelJurors.follow(campaign.id(), slot.candidacyId(), saved.plan().panel(slot.panelId()).orElse(null), now);
        }
        for (Slot slot : changed) {
            audit.record(caller, campaign.id(), slot.candidacyId(), command.swapWith() == null ? "slot_moved" : "slots_swapped",
                    "slotId", slot.slotId(), "panelId", slot.panelId(), "start", slot.start(), "sequence", slot.sequence());
        }
        return new TimetableView(campaign, saved, GetTimetable.dossiersOf(saved, candidacies));
    }

    private static List<Slot> moves(SelectionDay day, MoveSlot.Command command, Hearings hearings) {
        Timetable timetable = day.timetable();
        Slot slot = scheduledSlot(timetable, command.slotId());
        if (command.swapWith() != null) {
            Slot other = scheduledSlot(timetable, command.swapWith());
            if (other.slotId().equals(slot.slotId())) {
                return List.of(slot);
            }
            Slot first = slot.movedTo(other.panelId(), new TimeRange(other.start(), other.start().plus(slot.range().duration())));
            Slot second = other.movedTo(slot.panelId(), new TimeRange(slot.start(), slot.start().plus(other.range().duration())));
            List<Slot> rest = timetable.slots().stream()
                    .filter(s -> !Set.of(slot.slotId(), other.slotId()).contains(s.slotId())).toList();
            List<Slot> withSecond = new ArrayList<>(rest);
            withSecond.add(second);
            SlotChecks.check(day.plan(), first, withSecond, hearing(hearings, first));
            List<Slot> withFirst = new ArrayList<>(rest);
            withFirst.add(first);
            SlotChecks.check(day.plan(), second, withFirst, hearing(hearings, second));
            return List.of(first, second);
        }
        String panelId = command.panelId() != null ? command.panelId() : slot.panelId();
        Instant start = command.start() != null ? command.start() : slot.start();
        Slot moved = slot.movedTo(panelId, new TimeRange(start, start.plus(slot.range().duration())));
        List<Slot> others = timetable.slots().stream().filter(s -> !s.slotId().equals(slot.slotId())).toList();
        SlotChecks.check(day.plan(), moved, others, hearing(hearings, moved));
        return List.of(moved);
    }

    private static Slot scheduledSlot(Timetable timetable, String slotId) {
        return timetable.slot(slotId).filter(Slot::scheduled)
                .orElseThrow(() -> new DomainException(SelectionDayError.SLOT_NOT_FOUND, slotId));
    }

    /** A slot of a dossier no longer submitted is moved under no constraint of its applicant or jurors. */
    private static Hearing hearing(Hearings hearings, Slot slot) {
        Hearing hearing = hearings.hearings().get(slot.candidacyId());
        return hearing != null ? hearing : new Hearing(slot.candidacyId(), fr.interconnectes.candidatures.domain.Track.LABEL,
                List.of(), Set.of(), "");
    }
}
