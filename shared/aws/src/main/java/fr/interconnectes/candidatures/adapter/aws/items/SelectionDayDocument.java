package fr.interconnectes.candidatures.adapter.aws.items;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.selectionday.AuditionFormat;
import fr.interconnectes.candidatures.selectionday.Break;
import fr.interconnectes.candidatures.selectionday.Panel;
import fr.interconnectes.candidatures.selectionday.PanelJuror;
import fr.interconnectes.candidatures.selectionday.Place;
import fr.interconnectes.candidatures.selectionday.SelectionDay;
import fr.interconnectes.candidatures.selectionday.SelectionDayPlan;
import fr.interconnectes.candidatures.selectionday.Slot;
import fr.interconnectes.candidatures.selectionday.SlotStatus;
import fr.interconnectes.candidatures.selectionday.Timetable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The document of a selection day item ({@code data}): the plan, and the timetable once made. */
final class SelectionDayDocument {

    private static final Fields DAY = Fields.of("selection day", "campaignId", "plan", "timetable", "updatedAt",
            "updatedBy", "revision");
    private static final Fields PLAN = Fields.of("plan", "date", "zone", "place", "start", "latestEnd",
            "changeoverMinutes", "formats", "breaks", "panels");
    private static final Fields PLACE = Fields.of("place", "name", "address");
    private static final Fields FORMAT = Fields.of("format", "track", "presentationMinutes", "questionMinutes");
    private static final Fields BREAK = Fields.of("break", "start", "end", "label");
    private static final Fields PANEL = Fields.of("panel", "id", "room", "jurors");
    private static final Fields JUROR = Fields.of("juror", "id", "name", "email", "language");
    private static final Fields TIMETABLE = Fields.of("timetable", "generatedAt", "generatedBy", "slots");
    private static final Fields SLOT = Fields.of("slot", "slotId", "candidacyId", "panelId", "start", "end",
            "sequence", "status");

    private SelectionDayDocument() {
    }

    static String write(SelectionDay day) {
        return DocumentWriter.of(DAY)
                .text("campaignId", day.campaignId())
                .object("plan", day.plan(), SelectionDayDocument::plan)
                .object("timetable", day.timetable(), SelectionDayDocument::timetable)
                .instant("updatedAt", day.updatedAt())
                .text("updatedBy", day.updatedBy())
                .number("revision", day.revision())
                .render();
    }

    static SelectionDay read(String json, String what) {
        DocumentReader day = DocumentReader.parse(json, DAY, what);
        return new SelectionDay(day.text("campaignId"), day.object("plan", PLAN, SelectionDayDocument::plan),
                day.object("timetable", TIMETABLE, SelectionDayDocument::timetable), day.instant("updatedAt"),
                day.text("updatedBy"), day.requiredLong("revision"));
    }

    private static DocumentWriter plan(SelectionDayPlan plan) {
        return DocumentWriter.of(PLAN)
                .date("date", plan.date())
                .zone("zone", plan.zone())
                .object("place", plan.place(), place -> DocumentWriter.of(PLACE)
                        .text("name", place.name()).text("address", place.address()))
                .time("start", plan.start())
                .time("latestEnd", plan.latestEnd())
                .number("changeoverMinutes", plan.changeoverMinutes())
                .objects("formats", List.of(Track.values()), track -> DocumentWriter.of(FORMAT)
                        .code("track", track, Track::code)
                        .number("presentationMinutes", plan.format(track).presentationMinutes())
                        .number("questionMinutes", plan.format(track).questionMinutes()))
                .objects("breaks", plan.breaks(), pause -> DocumentWriter.of(BREAK)
                        .time("start", pause.start()).time("end", pause.end()).text("label", pause.label()))
                .objects("panels", plan.panels(), panel -> DocumentWriter.of(PANEL)
                        .text("id", panel.id()).text("room", panel.room())
                        .objects("jurors", panel.jurors(), juror -> DocumentWriter.of(JUROR)
                                .text("id", juror.id()).text("name", juror.name()).text("email", juror.email())
                                .code("language", juror.language(), Language::code)));
    }

    private static SelectionDayPlan plan(DocumentReader plan) {
        Map<Track, AuditionFormat> formats = new EnumMap<>(Track.class);
        List<Map.Entry<Track, AuditionFormat>> stored = plan.objects("formats", FORMAT, format -> Map.entry(
                format.code("track", Track.values(), Track::code),
                new AuditionFormat(format.requiredInt("presentationMinutes"), format.requiredInt("questionMinutes"))));
        if (stored != null) {
            stored.forEach(e -> formats.put(e.getKey(), e.getValue()));
        }
        return new SelectionDayPlan(plan.date("date"), plan.zone("zone"),
                plan.object("place", PLACE, place -> new Place(place.text("name"), place.text("address"))),
                plan.time("start"), plan.time("latestEnd"), plan.requiredInt("changeoverMinutes"), formats,
                orEmpty(plan.objects("breaks", BREAK, pause -> new Break(pause.time("start"), pause.time("end"),
                        pause.text("label")))),
                orEmpty(plan.objects("panels", PANEL, panel -> new Panel(panel.text("id"), panel.text("room"),
                        orEmpty(panel.objects("jurors", JUROR, juror -> new PanelJuror(juror.text("id"),
                                juror.text("name"), juror.text("email"),
                                juror.code("language", Language.values(), Language::code))))))));
    }

    private static DocumentWriter timetable(Timetable timetable) {
        return DocumentWriter.of(TIMETABLE)
                .instant("generatedAt", timetable.generatedAt())
                .text("generatedBy", timetable.generatedBy())
                .objects("slots", timetable.slots(), slot -> DocumentWriter.of(SLOT)
                        .text("slotId", slot.slotId())
                        .text("candidacyId", slot.candidacyId())
                        .text("panelId", slot.panelId())
                        .instant("start", slot.start())
                        .instant("end", slot.end())
                        .number("sequence", slot.sequence())
                        .code("status", slot.status(), SlotStatus::code));
    }

    private static Timetable timetable(DocumentReader timetable) {
        return new Timetable(orEmpty(timetable.objects("slots", SLOT, slot -> new Slot(slot.text("slotId"),
                slot.text("candidacyId"), slot.text("panelId"), slot.instant("start"), slot.instant("end"),
                slot.requiredInt("sequence"), slot.code("status", SlotStatus.values(), SlotStatus::code)))),
                timetable.instant("generatedAt"), timetable.text("generatedBy"));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
