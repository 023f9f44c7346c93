package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.CandidacyRules;
import fr.interconnectes.candidatures.applications.ReceivedAt;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.PeopleDates;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.SelectionDays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The applicant declares when they cannot come on the selection day ({@code PUT /candidacies/{id}/availability}),
 * with their dossier's token, until its deadline and before the timetable is made; the new list replaces the
 * previous one (an empty list: available all day). The day is the plan's, or else the campaign's regional
 * selection; each time must fall within it.
 */
public record DeclareAvailability(ApplicantAccess access, Campaigns campaigns, SelectionDays days,
                                  Availabilities availabilities, Clock clock) {

    /** {@code received}: when API Gateway received the request, which decides the deadline. */
    public record Command(String candidacyId, String authorization, List<TimeRange> unavailable, ReceivedAt received) {

        public Command {
            unavailable = List.copyOf(unavailable);
            received = received == null ? ReceivedAt.UNKNOWN : received;
        }
    }

    public Availability execute(Command command) {
        CandidacyRules.Opened opened = CandidacyRules.openForWrite(access, campaigns, command.candidacyId(),
                command.authorization(), command.received(), clock);
        Campaign campaign = opened.campaign();
        Optional<SelectionDay> day = days.find(campaign.id());
        if (day.isPresent() && day.get().timetable() != null) {
            throw new DomainException(SelectionDayError.TIMETABLE_ALREADY_MADE);
        }
        LocalDate date = day.map(d -> d.plan().date())
                .orElse(campaign.regionalSelection() == null ? null : campaign.regionalSelection().date());
        if (date == null) {
            throw new DomainException(SelectionDayError.SELECTION_DAY_NOT_PLANNED, campaign.id());
        }
        TimeRange calendarDay = new TimeRange(date.atStartOfDay(campaign.timeZone()).toInstant(),
                date.plusDays(1).atStartOfDay(campaign.timeZone()).toInstant());
        List<FieldError> outside = new ArrayList<>();
        for (int i = 0; i < command.unavailable().size(); i++) {
            if (!calendarDay.contains(command.unavailable().get(i))) {
                LocalizedText when = PeopleDates.date(date);
                outside.add(new FieldError("unavailable[" + i + "]", "outside_selection_day", new LocalizedText(
                        "En dehors de la journée de sélection (le " + when.fr() + ").",
                        "Outside the selection day (" + when.en() + ").")));
            }
        }
        if (!outside.isEmpty()) {
            throw new DomainException(ErrorCode.VALIDATION_FAILED, outside);
        }
        Availability availability = new Availability(opened.candidacy().id(), campaign.id(), command.unavailable(),
                opened.receivedAt());
        availabilities.save(availability);
        return availability;
    }
}
