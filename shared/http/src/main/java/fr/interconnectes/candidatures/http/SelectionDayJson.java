package fr.interconnectes.candidatures.http;

import static fr.interconnectes.candidatures.http.ResponseFields.putIfPresent;
import static fr.interconnectes.candidatures.http.ResponseFields.putTime;

import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.selectionday.Availability;
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
        }, () -> json.put("candidacyId", slot.candidacyId()));
        return json;
    }

    static List<Map<String, Object>> slots(List<Slot> slots, TimetableView view, ZoneId zone) {
        return slots.stream().map(s -> slot(s, view, zone)).toList();
    }
}
