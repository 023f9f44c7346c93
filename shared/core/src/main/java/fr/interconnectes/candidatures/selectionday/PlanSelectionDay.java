package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An organiser of the campaign plans its selection day ({@code PUT /admin/campaigns/{id}/selection-day}). The date
 * and place default to the campaign's regional selection, the audition format of its track too (else the call's:
 * 15 minutes, or 5 + 5). Refused (422 {@code selection_day_too_short}) when the day cannot hold every dossier
 * submitted so far. A timetable already made is kept: generate it again to follow the new plan. Audited.
 */
public record PlanSelectionDay(Campaigns campaigns, Candidacies candidacies, SelectionDays days, Audit audit,
                               Clock clock) {

    /** @param formats the formats given, by track (the others default); date and place null to take the campaign's */
    public record Command(String campaignId, LocalDate date, Place place, LocalTime start, LocalTime latestEnd,
                          int changeoverMinutes, Map<Track, AuditionFormat> formats, List<Break> breaks,
                          List<Panel> panels) {

        public Command {
            formats = Map.copyOf(formats);
            breaks = List.copyOf(breaks);
            panels = List.copyOf(panels);
        }
    }

    public SelectionDay execute(Principal caller, Command command) {
        Campaign campaign = campaigns.require(command.campaignId());
        AdminAccess.requireOrganiser(caller, campaign);
        SelectionDayPlan plan = plan(campaign, command);
        int submitted = candidacies.findByStatus(campaign.id(), CandidacyStatus.SUBMITTED).size();
        int capacity = TimetableGenerator.capacity(plan, campaign.track());
        if (capacity < submitted) {
            throw new DomainException(SelectionDayError.SELECTION_DAY_TOO_SHORT, Integer.toString(capacity),
                    Integer.toString(submitted), Integer.toString(submitted - capacity));
        }
        Instant now = clock.instant();
        SelectionDay saved = new SelectionDayStore(days).write(campaign.id(), current -> current == null
                ? new SelectionDay(campaign.id(), plan, null, now, caller.sub(), 0)
                : current.withPlan(plan, now, caller.sub()));
        audit.record(caller, campaign.id(), null, "selection_day_planned", "date", plan.date(),
                "panels", String.join(",", plan.panels().stream().map(Panel::id).toList()),
                "capacity", capacity, "submitted", submitted);
        return saved;
    }

    private static SelectionDayPlan plan(Campaign campaign, Command command) {
        RegionalSelection selection = campaign.regionalSelection();
        LocalDate date = command.date() != null ? command.date() : selection == null ? null : selection.date();
        Place place = command.place() != null ? command.place()
                : selection == null || selection.place() == null ? null : new Place(selection.place(), null);
        List<FieldError> missing = new ArrayList<>();
        if (date == null) {
            missing.add(FieldErrorCode.REQUIRED.at("date"));
        }
        if (place == null) {
            missing.add(FieldErrorCode.REQUIRED.at("place"));
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, missing);
        }
        Map<Track, AuditionFormat> formats = new EnumMap<>(Track.class);
        if (selection != null) {
            formats.put(campaign.track(), AuditionFormat.of(selection));
        }
        formats.putAll(command.formats());
        return new SelectionDayPlan(date, campaign.timeZone(), place, command.start(), command.latestEnd(),
                command.changeoverMinutes(), formats, command.breaks(), command.panels());
    }
}
