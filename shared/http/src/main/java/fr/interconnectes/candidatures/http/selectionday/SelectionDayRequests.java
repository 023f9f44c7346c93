package fr.interconnectes.candidatures.http.selectionday;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.candidacy.EmailAddresses;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Texts;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.http.JsonBody;
import fr.interconnectes.candidatures.selectionday.AuditionFormat;
import fr.interconnectes.candidatures.selectionday.Availability;
import fr.interconnectes.candidatures.selectionday.DeclareAvailability;
import fr.interconnectes.candidatures.selectionday.TimeRange;
import fr.interconnectes.candidatures.selectionday.Break;
import fr.interconnectes.candidatures.selectionday.MoveSlot;
import fr.interconnectes.candidatures.selectionday.Panel;
import fr.interconnectes.candidatures.selectionday.PanelJuror;
import fr.interconnectes.candidatures.selectionday.Place;
import fr.interconnectes.candidatures.selectionday.PlanSelectionDay;
import fr.interconnectes.candidatures.selectionday.SelectionDayPlan;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the selection day's requests: an organiser's plan of the day, a slot moved or swapped, and an
 * applicant's declared unavailabilities. Every faulty
 * field is reported at once (400 {@code validation_failed}); what needs the stored campaign or timetable is the
 * use cases'.
 */
public final class SelectionDayRequests {

    static final int PLAN_BODY_BYTES = 64 * 1024;
    static final int MAX_JURORS_PER_PANEL = 30;
    static final int MAX_TEXT = 200;
    /** Panel ids appear in paths and invites: short and plain. */
    private static final Pattern PANEL_ID = Pattern.compile("[A-Za-z0-9._-]{1,32}");
    /** As the jury's routes accept them: Cognito subs and the like. */
    private static final Pattern JUROR_ID = Pattern.compile("[A-Za-z0-9._:@+-]{1,128}");
    private static final Set<String> PLAN_FIELDS = Set.of("date", "place", "start", "latestEnd", "changeoverMinutes",
            "formats", "breaks", "panels");
    private static final LocalizedText AN_ARRAY = new LocalizedText("un tableau", "an array");

    private final List<FieldError> errors = new ArrayList<>();

    private SelectionDayRequests() {
    }

    /** {@code PUT /admin/campaigns/{id}/selection-day}: the plan of the day (see the README for its fields). */
    public static PlanSelectionDay.Command plan(String campaignId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), PLAN_FIELDS, PLAN_BODY_BYTES);
        return new SelectionDayRequests().readPlan(campaignId, body);
    }

    /**
     * {@code PUT /admin/campaigns/{id}/timetable/slots/{slotId}}: {@code {"panelId", "start"}} (either or both) to
     * move the slot, or {@code {"swapWith": slotId}} to swap it with another.
     */
    public static MoveSlot.Command move(String campaignId, String slotId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("panelId", "start", "swapWith"));
        SelectionDayRequests reader = new SelectionDayRequests();
        String panelId = reader.text(body, "panelId", PANEL_ID);
        Instant start = reader.instant(body, "start");
        String swapWith = reader.text(body, "swapWith", Pattern.compile("[A-Za-z0-9._-]{1,80}"));
        if (swapWith != null && (panelId != null || start != null)) {
            reader.errors.add(fault("swapWith", "swap_or_move", "Échangez avec un autre créneau, ou déplacez celui-ci (panelId, start) : pas les deux.",
                    "Swap with another slot, or move this one (panelId, start): not both."));
        } else if (swapWith == null && panelId == null && start == null && reader.errors.isEmpty()) {
            reader.errors.add(fault("start", "required", "Indiquez le nouveau début (start), le jury (panelId), ou le créneau avec lequel échanger (swapWith).",
                    "Give the new start, the panel (panelId), or the slot to swap with (swapWith)."));
        }
        FieldFaults.throwIfAny(reader.errors);
        return new MoveSlot.Command(campaignId, slotId, panelId, start, swapWith);
    }

    /**
     * {@code PUT /candidacies/{id}/availability} {@code {"unavailable": [{"start", "end"}]}}: date-times with their
     * offset, each range ending after it starts, at most {@value Availability#MAX_RANGES}; an empty list clears them.
     */
    public static DeclareAvailability.Command availability(ApiRequest request, String authorization) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("unavailable"));
        SelectionDayRequests reader = new SelectionDayRequests();
        JsonNode list = body.get("unavailable");
        List<TimeRange> ranges = new ArrayList<>();
        if (list == null || list.isNull()) {
            reader.errors.add(FieldErrorCode.REQUIRED.at("unavailable"));
        }
        int count = reader.size(list, "unavailable");
        if (count > Availability.MAX_RANGES) {
            reader.errors.add(fault("unavailable", "too_many", "Au plus " + Availability.MAX_RANGES + " plages.",
                    "At most " + Availability.MAX_RANGES + " time ranges."));
            count = 0;
        }
        for (int i = 0; i < count; i++) {
            String field = "unavailable[" + i + "]";
            JsonNode range = list.get(i);
            if (!range.isObject()) {
                reader.errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.AN_OBJECT));
                continue;
            }
            reader.errors.addAll(JsonBody.unknownFields(range, Set.of("start", "end"), field + "."));
            Instant from = reader.instant(range, "start", field + ".start");
            Instant to = reader.instant(range, "end", field + ".end");
            if (from == null || to == null) {
                if (!range.hasNonNull("start") || !range.hasNonNull("end")) {
                    reader.errors.add(FieldErrorCode.REQUIRED.at(field + (range.hasNonNull("start") ? ".end" : ".start")));
                }
            } else if (!to.isAfter(from)) {
                reader.errors.add(fault(field + ".end", "before_start", "La fin doit suivre le début.",
                        "The end must come after the start."));
            } else {
                ranges.add(new TimeRange(from, to));
            }
        }
        FieldFaults.throwIfAny(reader.errors);
        return new DeclareAvailability.Command(request.candidacyId(), authorization, ranges, request.received());
    }

    private PlanSelectionDay.Command readPlan(String campaignId, JsonNode body) {
        LocalDate date = date(body, "date");
        Place place = place(body.get("place"));
        LocalTime start = time(body, "start");
        if (start == null && !body.hasNonNull("start")) {
            errors.add(FieldErrorCode.REQUIRED.at("start"));
        }
        LocalTime latestEnd = time(body, "latestEnd");
        Integer changeover = integer(body, "changeoverMinutes", 0, SelectionDayPlan.MAX_CHANGEOVER_MINUTES);
        Map<Track, AuditionFormat> formats = formats(body.get("formats"));
        List<Break> breaks = breaks(body.get("breaks"));
        List<Panel> panels = panels(body.get("panels"));
        if (errors.isEmpty()) {
            errors.addAll(SelectionDayPlan.faults(start, latestEnd, changeover == null ? 0 : changeover, breaks, panels));
        }
        FieldFaults.throwIfAny(errors);
        return new PlanSelectionDay.Command(campaignId, date, place, start, latestEnd,
                changeover == null ? 0 : changeover, formats, breaks, panels);
    }

    private Place place(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isObject()) {
            errors.add(FieldErrorCode.WRONG_TYPE.at("place", FieldErrorCode.AN_OBJECT));
            return null;
        }
        errors.addAll(JsonBody.unknownFields(node, Set.of("name", "address"), "place."));
        String name = text(node, "name", "place.name");
        String address = text(node, "address", "place.address");
        if (name == null) {
            errors.add(FieldErrorCode.REQUIRED.at("place.name"));
            return null;
        }
        return new Place(name, address);
    }

    private Map<Track, AuditionFormat> formats(JsonNode node) {
        Map<Track, AuditionFormat> formats = new EnumMap<>(Track.class);
        if (node == null || node.isNull()) {
            return formats;
        }
        if (!node.isObject()) {
            errors.add(FieldErrorCode.WRONG_TYPE.at("formats", FieldErrorCode.AN_OBJECT));
            return formats;
        }
        for (Iterator<Map.Entry<String, JsonNode>> entries = node.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            String field = "formats." + entry.getKey();
            Track track = switch (entry.getKey()) {
                case "label" -> Track.LABEL;
                case "startup" -> Track.STARTUP;
                default -> null;
            };
            if (track == null) {
                errors.add(FieldErrorCode.INVALID_ENUM.at(field, "label, startup"));
                continue;
            }
            JsonNode format = entry.getValue();
            if (!format.isObject()) {
                errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.AN_OBJECT));
                continue;
            }
            errors.addAll(JsonBody.unknownFields(format, Set.of("presentationMinutes", "questionMinutes"), field + "."));
            Integer presentation = integer(format, "presentationMinutes", field + ".presentationMinutes", 1, 120);
            if (presentation == null && !format.hasNonNull("presentationMinutes")) {
                errors.add(FieldErrorCode.REQUIRED.at(field + ".presentationMinutes"));
            }
            Integer questions = integer(format, "questionMinutes", field + ".questionMinutes", 0, 120);
            if (presentation != null) {
                formats.put(track, new AuditionFormat(presentation, questions == null ? 0 : questions));
            }
        }
        return formats;
    }

    private List<Break> breaks(JsonNode node) {
        List<Break> breaks = new ArrayList<>();
        for (int i = 0; i < size(node, "breaks"); i++) {
            String field = "breaks[" + i + "]";
            JsonNode pause = node.get(i);
            if (!pause.isObject()) {
                errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.AN_OBJECT));
                continue;
            }
            errors.addAll(JsonBody.unknownFields(pause, Set.of("start", "end", "label"), field + "."));
            LocalTime from = time(pause, "start", field + ".start");
            LocalTime to = time(pause, "end", field + ".end");
            String label = text(pause, "label", field + ".label");
            if (from == null || to == null) {
                if (!pause.hasNonNull("start") || !pause.hasNonNull("end")) {
                    errors.add(FieldErrorCode.REQUIRED.at(field + (pause.hasNonNull("start") ? ".end" : ".start")));
                }
            } else if (!to.isAfter(from)) {
                errors.add(fault(field + ".end", "before_start", "La pause doit finir après avoir commencé.",
                        "The break must end after it starts."));
            } else {
                breaks.add(new Break(from, to, label));
            }
        }
        return breaks;
    }

    private List<Panel> panels(JsonNode node) {
        List<Panel> panels = new ArrayList<>();
        if (node == null || node.isNull()) {
            errors.add(FieldErrorCode.REQUIRED.at("panels"));
            return panels;
        }
        for (int i = 0; i < size(node, "panels"); i++) {
            String field = "panels[" + i + "]";
            JsonNode panel = node.get(i);
            if (!panel.isObject()) {
                errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.AN_OBJECT));
                continue;
            }
            errors.addAll(JsonBody.unknownFields(panel, Set.of("id", "room", "jurorIds", "jurors"), field + "."));
            String id = text(panel, "id", field + ".id", PANEL_ID);
            String room = text(panel, "room", field + ".room");
            if (id == null && !panel.hasNonNull("id")) {
                errors.add(FieldErrorCode.REQUIRED.at(field + ".id"));
            }
            if (room == null && !panel.hasNonNull("room")) {
                errors.add(FieldErrorCode.REQUIRED.at(field + ".room"));
            }
            List<PanelJuror> jurors = jurors(panel, field);
            if (id != null && room != null) {
                panels.add(new Panel(id, room, jurors));
            }
        }
        return panels;
    }

    /** {@code jurorIds} (account ids) or {@code jurors} (objects with an id and, for reminders, a name and an address). */
    private List<PanelJuror> jurors(JsonNode panel, String field) {
        List<PanelJuror> jurors = new ArrayList<>();
        boolean byId = panel.has("jurorIds");
        if (byId == panel.has("jurors")) {
            errors.add(fault(field + ".jurors", "required", "Indiquez les jurés : jurorIds (identifiants) ou jurors (objets), l’un des deux.",
                    "Give the jurors: jurorIds (ids) or jurors (objects), one of them."));
            return jurors;
        }
        String list = field + (byId ? ".jurorIds" : ".jurors");
        JsonNode node = panel.get(byId ? "jurorIds" : "jurors");
        int count = size(node, list);
        if (count > MAX_JURORS_PER_PANEL) {
            errors.add(fault(list, "too_many", "Au plus " + MAX_JURORS_PER_PANEL + " jurés par jury.",
                    "At most " + MAX_JURORS_PER_PANEL + " jurors per panel."));
            return jurors;
        }
        for (int j = 0; j < count; j++) {
            String at = list + "[" + j + "]";
            JsonNode juror = node.get(j);
            if (byId) {
                String id = juror.isTextual() ? juror.asText() : null;
                if (id == null || !JUROR_ID.matcher(id).matches()) {
                    errors.add(invalidJurorId(at));
                } else {
                    jurors.add(PanelJuror.of(id));
                }
                continue;
            }
            if (!juror.isObject()) {
                errors.add(FieldErrorCode.WRONG_TYPE.at(at, FieldErrorCode.AN_OBJECT));
                continue;
            }
            errors.addAll(JsonBody.unknownFields(juror, Set.of("id", "name", "email", "language"), at + "."));
            String id = text(juror, "id", at + ".id", JUROR_ID);
            if (id == null && !juror.hasNonNull("id")) {
                errors.add(FieldErrorCode.REQUIRED.at(at + ".id"));
            }
            String name = text(juror, "name", at + ".name");
            String email = text(juror, "email", at + ".email");
            String normalised = email == null ? null : EmailAddresses.normalise(email).orElse(null);
            if (email != null && normalised == null) {
                errors.add(FieldErrorCode.INVALID_EMAIL.at(at + ".email"));
            }
            String language = text(juror, "language", at + ".language");
            if (language != null && !Set.of("fr", "en").contains(language)) {
                errors.add(FieldErrorCode.INVALID_ENUM.at(at + ".language", "fr, en"));
            }
            if (id != null) {
                jurors.add(new PanelJuror(id, name, normalised, Language.fromCode(language)));
            }
        }
        return jurors;
    }

    /** The array's size, 0 (and a fault) when it is not an array; 0 when missing. */
    private int size(JsonNode node, String field) {
        if (node == null || node.isNull()) {
            return 0;
        }
        if (!node.isArray()) {
            errors.add(FieldErrorCode.WRONG_TYPE.at(field, AN_ARRAY));
            return 0;
        }
        return node.size();
    }

    private String text(JsonNode node, String name, String field) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            errors.add(FieldErrorCode.WRONG_TYPE.at(field, FieldErrorCode.A_STRING));
            return null;
        }
        String text = Texts.oneLine(value.asText());
        if (text != null && Texts.length(text) > MAX_TEXT) {
            errors.add(FieldErrorCode.TOO_LONG.at(field, Integer.toString(MAX_TEXT)));
            return null;
        }
        return text;
    }

    private String text(JsonNode node, String name, Pattern pattern) {
        return text(node, name, name, pattern);
    }

    private String text(JsonNode node, String name, String field, Pattern pattern) {
        String text = text(node, name, field);
        if (text != null && !pattern.matcher(text).matches()) {
            errors.add(fault(field, "invalid_format", "Identifiant invalide : lettres, chiffres, « . », « _ », « - ».",
                    "Invalid id: letters, digits, \".\", \"_\", \"-\"."));
            return null;
        }
        return text;
    }

    private LocalDate date(JsonNode node, String field) {
        String text = text(node, field, field);
        try {
            return text == null ? null : LocalDate.parse(text);
        } catch (DateTimeException e) {
            errors.add(fault(field, "invalid_date", "Date ISO, ex. 2027-10-17.", "ISO date, e.g. 2027-10-17."));
            return null;
        }
    }

    private LocalTime time(JsonNode node, String field) {
        return time(node, field, field);
    }

    private LocalTime time(JsonNode node, String name, String field) {
        String text = text(node, name, field);
        try {
            return text == null ? null : LocalTime.parse(text);
        } catch (DateTimeException e) {
            errors.add(fault(field, "invalid_time", "Heure locale HH:mm, ex. 09:30.", "Local time HH:mm, e.g. 09:30."));
            return null;
        }
    }

    private Instant instant(JsonNode node, String field) {
        return instant(node, field, field);
    }

    private Instant instant(JsonNode node, String name, String field) {
        String text = text(node, name, field);
        try {
            return text == null ? null : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException e) {
            errors.add(fault(field, "invalid_datetime", "Date et heure ISO-8601 avec décalage, ex. 2027-10-17T10:15:00+02:00.",
                    "ISO-8601 date-time with offset, e.g. 2027-10-17T10:15:00+02:00."));
            return null;
        }
    }

    private Integer integer(JsonNode node, String field, int min, int max) {
        return integer(node, field, field, min, max);
    }

    private Integer integer(JsonNode node, String name, String field, int min, int max) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < min || value.intValue() > max) {
            errors.add(fault(field, "out_of_range", "Nombre entier de " + min + " à " + max + ".",
                    "Whole number from " + min + " to " + max + "."));
            return null;
        }
        return value.intValue();
    }

    private static FieldError invalidJurorId(String field) {
        return fault(field, "invalid_format", "Identifiant de juré invalide : l’identifiant (sub) de son compte est attendu.",
                "Invalid juror id: the id (sub) of their account is expected.");
    }

    private static FieldError fault(String field, String code, String french, String english) {
        return new FieldError(field, code, new LocalizedText(french, english));
    }
}
