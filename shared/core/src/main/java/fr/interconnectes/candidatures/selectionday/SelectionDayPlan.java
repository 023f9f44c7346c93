package fr.interconnectes.candidatures.selectionday;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Track;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The plan of a selection day (a regional selection, or the national final): when and where, the panels and
 * their jurors, when auditions start, how long each lasts per track, the changeover between two auditions, the
 * breaks, and the latest time the day may end (none: midnight).
 *
 * <p>Times of day are read in the campaign's zone on that date; everything computed from them is an
 * {@link Instant}, so a day that changes to or from summer time lasts what the clocks say it does.
 */
public record SelectionDayPlan(LocalDate date, ZoneId zone, Place place, LocalTime start, LocalTime latestEnd,
                               int changeoverMinutes, Map<Track, AuditionFormat> formats, List<Break> breaks,
                               List<Panel> panels) {

    public static final int MAX_PANELS = 20;
    public static final int MAX_BREAKS = 10;
    public static final int MAX_CHANGEOVER_MINUTES = 120;

    public SelectionDayPlan {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(place, "place");
        Objects.requireNonNull(start, "start");
        EnumMap<Track, AuditionFormat> all = new EnumMap<>(Track.class);
        for (Track track : Track.values()) {
            all.put(track, formats == null ? AuditionFormat.defaultFor(track)
                    : formats.getOrDefault(track, AuditionFormat.defaultFor(track)));
        }
        formats = Map.copyOf(all);
        breaks = List.copyOf(breaks).stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        panels = List.copyOf(panels);
        List<FieldError> faults = faults(start, latestEnd, changeoverMinutes, breaks, panels);
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException("selection day plan: " + faults.stream().map(FieldError::field).toList());
        }
    }

    /**
     * What is wrong with a plan of these parts, field by field (JSON paths of the plan's request body); empty
     * when nothing is. The request's reader reports these; the constructor refuses a plan that has any.
     */
    public static List<FieldError> faults(LocalTime start, LocalTime latestEnd, int changeoverMinutes,
                                          List<Break> breaks, List<Panel> panels) {
        List<FieldError> faults = new ArrayList<>();
        if (latestEnd != null && !latestEnd.isAfter(start)) {
            faults.add(fault("latestEnd", "before_start", "La fin au plus tard doit suivre le début.",
                    "The latest end must come after the start."));
        }
        if (changeoverMinutes < 0 || changeoverMinutes > MAX_CHANGEOVER_MINUTES) {
            faults.add(fault("changeoverMinutes", "out_of_range", "De 0 à " + MAX_CHANGEOVER_MINUTES + " minutes.",
                    "From 0 to " + MAX_CHANGEOVER_MINUTES + " minutes."));
        }
        if (breaks.size() > MAX_BREAKS) {
            faults.add(fault("breaks", "too_many", "Au plus " + MAX_BREAKS + " pauses.", "At most " + MAX_BREAKS + " breaks."));
        }
        List<Break> sorted = breaks.stream().sorted((a, b) -> a.start().compareTo(b.start())).toList();
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).start().isBefore(sorted.get(i - 1).end())) {
                faults.add(fault("breaks[" + breaks.indexOf(sorted.get(i)) + "]", "overlapping_breaks",
                        "Deux pauses se chevauchent.", "Two breaks overlap."));
            }
        }
        if (panels.isEmpty()) {
            faults.add(fault("panels", "required", "Au moins un jury (salle et jurés).",
                    "At least one panel (room and jurors)."));
        }
        if (panels.size() > MAX_PANELS) {
            faults.add(fault("panels", "too_many", "Au plus " + MAX_PANELS + " jurys.", "At most " + MAX_PANELS + " panels."));
        }
        Set<String> panelIds = new HashSet<>();
        Map<String, String> panelOfJuror = new HashMap<>();
        for (int p = 0; p < panels.size(); p++) {
            Panel panel = panels.get(p);
            if (!panelIds.add(panel.id())) {
                faults.add(fault("panels[" + p + "].id", "duplicate", "Deux jurys portent cet identifiant.",
                        "Two panels have this id."));
            }
            for (int j = 0; j < panel.jurors().size(); j++) {
                String juror = panel.jurors().get(j).id();
                String other = panelOfJuror.putIfAbsent(juror, panel.id());
                if (other != null) {
                    faults.add(fault("panels[" + p + "].jurors[" + j + "].id", "juror_in_two_panels",
                            "Ce juré siège déjà dans le jury « " + other + " » : un juré ne siège que dans un jury.",
                            "This juror already sits in panel \"" + other + "\": a juror sits in one panel only."));
                }
            }
        }
        return faults;
    }

    private static FieldError fault(String field, String code, String french, String english) {
        return new FieldError(field, code, new LocalizedText(french, english));
    }

    public AuditionFormat format(Track track) {
        return formats.get(track);
    }

    /** The audition's length plus the changeover after it: how far apart two auditions of a panel start at least. */
    public Duration step(Track track) {
        return format(track).length().plusMinutes(changeoverMinutes);
    }

    public Duration changeover() {
        return Duration.ofMinutes(changeoverMinutes);
    }

    /** {@code time} on the day, in its zone (a time skipped by a change to summer time moves past the gap). */
    public Instant at(LocalTime time) {
        return ZonedDateTime.of(date, time, zone).toInstant();
    }

    public Instant dayStart() {
        return at(start);
    }

    /** The latest end, or midnight at the end of the day. */
    public Instant dayEnd() {
        return latestEnd != null ? at(latestEnd) : date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** When auditions may be held: from the start to the end of the day. */
    public TimeRange day() {
        return new TimeRange(dayStart(), dayEnd());
    }

    /** The whole calendar day in its zone, for the applicants' unavailabilities. */
    public TimeRange calendarDay() {
        return new TimeRange(date.atStartOfDay(zone).toInstant(), date.plusDays(1).atStartOfDay(zone).toInstant());
    }

    public List<TimeRange> breakRanges() {
        return breaks.stream().map(b -> new TimeRange(at(b.start()), at(b.end()))).toList();
    }

    public Optional<Panel> panel(String panelId) {
        return panels.stream().filter(p -> p.id().equals(panelId)).findFirst();
    }

    /** The panel the juror sits in, if any (a juror sits in one panel at most). */
    public Optional<Panel> panelOf(String jurorId) {
        return panels.stream().filter(p -> p.seats(jurorId)).findFirst();
    }
}
