package fr.interconnectes.candidatures.http;

import static fr.interconnectes.candidatures.http.ResponseFields.putIfPresent;
import static fr.interconnectes.candidatures.http.ResponseFields.putTime;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.jury.JurorState;
import fr.interconnectes.candidatures.selectionday.Availability;
import fr.interconnectes.candidatures.selectionday.JuryProgress;
import fr.interconnectes.candidatures.selectionday.JuryTimetable;
import fr.interconnectes.candidatures.selectionday.RemindJurors;
import fr.interconnectes.candidatures.selectionday.Panel;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.SelectionDayPlan;
import fr.interconnectes.candidatures.selectionday.Slot;
import fr.interconnectes.candidatures.selectionday.Timetable;
import fr.interconnectes.candidatures.selectionday.TimetableView;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a selection day looks to organisers: its plan (times of day as given, and the day's bounds as instants
 * with their offset), and its timetable panel by panel, each slot with its dossier's summary.
 */
public final class SelectionDayJson {

    private SelectionDayJson() {
    }

    /** {@code PUT} and {@code GET /admin/campaigns/{id}/selection-day}. */
    public static Map<String, Object> of(SelectionDay day) {
        SelectionDayPlan plan = day.plan();
        ZoneId zone = plan.zone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", day.campaignId());
        json.put("date", plan.date().toString());
        json.put("timeZone", zone.getId());
        Map<String, Object> place = new LinkedHashMap<>();
        place.put("name", plan.place().name());
        putIfPresent(place, "address", plan.place().address());
        json.put("place", place);
        json.put("start", plan.start().toString());
        putIfPresent(json, "latestEnd", plan.latestEnd() == null ? null : plan.latestEnd().toString());
        putTime(json, "dayStart", plan.dayStart(), zone);
        putTime(json, "dayEnd", plan.dayEnd(), zone);
        json.put("changeoverMinutes", plan.changeoverMinutes());
        Map<String, Object> formats = new LinkedHashMap<>();
        for (Track track : Track.values()) {
            formats.put(track.code(), Map.of(
                    "presentationMinutes", plan.format(track).presentationMinutes(),
                    "questionMinutes", plan.format(track).questionMinutes(),
                    "slotMinutes", plan.format(track).length().toMinutes()));
        }
        json.put("formats", formats);
        json.put("breaks", plan.breaks().stream().map(b -> {
            Map<String, Object> pause = new LinkedHashMap<>();
            pause.put("start", b.start().toString());
            pause.put("end", b.end().toString());
            putIfPresent(pause, "label", b.label());
            return pause;
        }).toList());
        json.put("panels", plan.panels().stream().map(SelectionDayJson::panel).toList());
        json.put("timetableGenerated", day.timetable() != null);
        putTime(json, "updatedAt", day.updatedAt(), zone);
        putIfPresent(json, "updatedBy", day.updatedBy());
        return json;
    }

    /** {@code POST}/{@code GET /admin/campaigns/{id}/timetable} and a moved slot: every panel, every slot. */
    public static Map<String, Object> of(TimetableView view) {
        SelectionDay day = view.day();
        Timetable timetable = day.timetable();
        ZoneId zone = day.plan().zone();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", day.campaignId());
        json.put("date", day.plan().date().toString());
        json.put("timeZone", zone.getId());
        json.put("place", day.plan().place().name());
        putTime(json, "generatedAt", timetable.generatedAt(), zone);
        json.put("scheduled", timetable.scheduled().size());
        json.put("panels", day.plan().panels().stream().map(panel -> {
            Map<String, Object> entry = panel(panel);
            entry.put("slots", timetable.ofPanel(panel.id()).stream().map(s -> slot(s, view, zone)).toList());
            return entry;
        }).toList());
        json.put("removed", timetable.slots().stream().filter(s -> !s.scheduled()).map(s -> slot(s, view, zone)).toList());
        return json;
    }

    /**
     * {@code GET /admin/jury/timetable?campaignId=}: each panel shown, its slots in order with the dossier's summary;
     * a juror's own state on each ({@code to_score}, {@code scored}, {@code conflict}, or {@code not_assigned} when an
     * organiser set that dossier's jurors by hand), or for organisers the number of jurors and of sheets.
     */
    public static Map<String, Object> of(JuryTimetable.Result result) {
        SelectionDay day = result.day();
        ZoneId zone = day.plan().zone();
        TimetableView view = new TimetableView(result.campaign(), day, Map.of());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", day.campaignId());
        json.put("date", day.plan().date().toString());
        json.put("timeZone", zone.getId());
        json.put("place", day.plan().place().name());
        putIfPresent(json, "address", day.plan().place().address());
        json.put("view", result.asJuror() ? "juror" : "organiser");
        json.put("panels", result.panels().stream().map(order -> {
            Map<String, Object> panel = panel(order.panel());
            panel.put("slots", order.hearings().stream().map(h -> {
                Map<String, Object> slot = slot(h.slot(), view, zone);
                if (h.candidacy() != null) {
                    putIfPresent(slot, "kind", h.candidacy().form().applicant().kind() == null ? null
                            : h.candidacy().form().applicant().kind().code());
                    putIfPresent(slot, "projectSummary", h.candidacy().form().project().summary());
                    slot.putAll(JuryJson.dossier(h.candidacy()));
                    slot.remove("campaignId");
                }
                if (result.asJuror()) {
                    slot.put("state", h.ownRecord() == null ? "not_assigned" : JurorState.of(h.ownRecord()).jurorCode());
                } else {
                    slot.put("jurors", h.jurors());
                    slot.put("sheets", h.sheets());
                }
                return slot;
            }).toList());
            return panel;
        }).toList());
        return json;
    }

    /** {@code GET /admin/campaigns/{id}/jury-progress}: per juror, then per dossier. */
    public static Map<String, Object> of(JuryProgress.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", result.campaign().id());
        json.put("jurors", result.jurors().stream().map(j -> {
            Map<String, Object> juror = new LinkedHashMap<>();
            juror.put("jurorId", j.jurorId());
            putIfPresent(juror, "name", j.contact().name());
            putIfPresent(juror, "panelId", j.panelId());
            juror.put("assigned", j.assigned());
            juror.put("scored", j.scored());
            juror.put("conflicts", j.conflicts());
            juror.put("missing", j.missing().size());
            juror.put("missingDossiers", j.missing().stream().map(d -> {
                Map<String, Object> dossier = JuryJson.dossier(d);
                dossier.remove("campaignId");
                return dossier;
            }).toList());
            return juror;
        }).toList());
        json.put("dossiers", result.dossiers().stream().map(d -> {
            Map<String, Object> dossier = JuryJson.dossier(d.candidacy());
            dossier.remove("campaignId");
            dossier.put("jurors", d.jurors());
            dossier.put("sheets", d.sheets());
            dossier.put("conflicts", d.conflicts());
            return dossier;
        }).toList());
        json.put("jurorsMissing", result.missing().stream().map(JuryProgress.Juror::jurorId).toList());
        return json;
    }

    /** {@code POST /admin/campaigns/{id}/jury-reminders} and the scheduled job: one line per juror with scores missing. */
    public static Map<String, Object> of(RemindJurors.Result result) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("mailed", result.mailed().stream().map(RemindJurors.Reminder::jurorId).toList());
        json.put("reminders", result.reminders().stream().map(r -> Map.of("campaignId", r.campaignId(),
                "jurorId", r.jurorId(), "missing", r.missing(), "outcome", r.outcome().code())).toList());
        return json;
    }

    /** What an applicant declared (their dossier, and {@code PUT /candidacies/{id}/availability}). */
    public static Map<String, Object> of(Availability availability, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("unavailable", availability.unavailable().stream().map(r -> Map.of(
                "start", CandidacyJson.time(r.start(), zone), "end", CandidacyJson.time(r.end(), zone))).toList());
        putTime(json, "updatedAt", availability.updatedAt(), zone);
        return json;
    }

    static Map<String, Object> panel(Panel panel) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", panel.id());
        json.put("room", panel.room());
        json.put("jurors", panel.jurors().stream().map(j -> {
            Map<String, Object> juror = new LinkedHashMap<>();
            juror.put("id", j.id());
            putIfPresent(juror, "name", j.name());
            putIfPresent(juror, "email", j.email());
            juror.put("language", j.language().code());
            return juror;
        }).toList());
        return json;
    }

    /** One slot, with its dossier's id, receipt, organisation and project title when it is still there. */
    static Map<String, Object> slot(Slot slot, TimetableView view, ZoneId zone) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("slotId", slot.slotId());
        json.put("panelId", slot.panelId());
        json.put("start", CandidacyJson.time(slot.start(), zone));
        json.put("end", CandidacyJson.time(slot.end(), zone));
        json.put("sequence", slot.sequence());
        json.put("status", slot.status().code());
        view.dossier(slot.candidacyId()).ifPresentOrElse(d -> {
            Map<String, Object> dossier = JuryJson.dossier(d);
            dossier.remove("campaignId");
            json.putAll(dossier);
            if (d.convocation() != null) {
                // organisers see who was convened to which version, and who confirmed
                json.put("convocation", ConvocationJson.answer(d.convocation(), zone));
            }
        }, () -> json.put("candidacyId", slot.candidacyId()));
        return json;
    }

    static List<Map<String, Object>> slots(List<Slot> slots, TimetableView view, ZoneId zone) {
        return slots.stream().map(s -> slot(s, view, zone)).toList();
    }
}
