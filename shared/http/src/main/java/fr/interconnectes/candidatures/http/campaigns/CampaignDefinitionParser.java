package fr.interconnectes.candidatures.http.campaigns;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.campaigns.SaveCampaign;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.JuryGrid;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.FieldFaults;
import fr.interconnectes.candidatures.http.JsonBody;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an organiser's campaign definition ({@code PUT /admin/campaigns/{id}}): dates with offsets, zone,
 * regional selection, jury grid (data: criteria with labels, scale, weight; the common five by default) and
 * upload limits, retention periods of personal data and reminder offsets (ISO-8601, {@code ["P7D", "P1D"]} by
 * default, {@code []} for none); and the request for a new edition ({@code POST /admin/campaigns/{id}/copy}). All
 * faults at once.
 */
public final class CampaignDefinitionParser {

    static final Pattern CAMPAIGN_ID = Pattern.compile("[a-z0-9][a-z0-9-]{2,63}");
    static final long MAX_FILE_BYTES_CEILING = 100L * 1024 * 1024;
    static final int MAX_BODY_BYTES = 32 * 1024;
    private static final Set<String> FIELDS = Set.of("title", "region", "track", "edition", "opensAt", "closesAt",
            "timeZone", "regionalSelection", "criteria", "uploadLimits", "retention", "reminderOffsets");

    private final List<FieldError> errors = new ArrayList<>();

    private CampaignDefinitionParser() {
    }

    /** The campaign {@code campaignId} as the request's JSON body defines it. */
    public static Campaign parse(String campaignId, ApiRequest request) {
        JsonBody.requireJson(request);
        return new CampaignDefinitionParser().read(campaignId, request.body());
    }

    /** {@code {"id", "edition"}}: the new edition's campaign id and year. */
    public static SaveCampaign.Copy copy(String sourceId, ApiRequest request) {
        JsonBody.requireJson(request);
        JsonNode body = JsonBody.object(request.body(), Set.of("id", "edition"));
        Long edition = JsonBody.integer(body, "edition");
        String newId = JsonBody.text(body, "id");
        List<FieldError> errors = new ArrayList<>();
        if (edition == null || edition < 2000 || edition > 2100) {
            errors.add(new FieldError("edition", "out_of_range",
                    new LocalizedText("Année entre 2000 et 2100.", "Year between 2000 and 2100.")));
        }
        if (newId == null || !CAMPAIGN_ID.matcher(newId).matches()) {
            errors.add(invalidId("id"));
        }
        FieldFaults.throwIfAny(errors);
        return new SaveCampaign.Copy(sourceId, newId, edition.intValue());
    }

    private static FieldError invalidId(String field) {
        return new FieldError(field, "invalid_id", new LocalizedText(
                "Identifiant : 3 à 64 caractères, minuscules, chiffres et tirets.",
                "Id: 3 to 64 characters, lower-case letters, digits and dashes."));
    }

    private Campaign read(String campaignId, String body) {
        JsonNode root = JsonBody.anyObject(body, MAX_BODY_BYTES);
        if (!CAMPAIGN_ID.matcher(campaignId).matches()) {
            errors.add(invalidId("id"));
        }
        unknown(root, FIELDS, "");
        LocalizedText title = text(root.get("title"), "title");
        Region region = region(root.get("region"));
        Track track = track(root.get("track"));
        Integer edition = integer(root.get("edition"), "edition", 2000, 2100);
        Instant opensAt = instant(root.get("opensAt"), "opensAt");
        Instant closesAt = instant(root.get("closesAt"), "closesAt");
        ZoneId zone = zone(root.get("timeZone"));
        if (opensAt != null && closesAt != null && !closesAt.isAfter(opensAt)) {
            error("closesAt", "before_opening", "La clôture doit suivre l'ouverture.", "Closing must come after opening.");
        }
        RegionalSelection selection = selection(root.get("regionalSelection"));
        List<Criterion> criteria = root.has("criteria") ? criteria(root.get("criteria")) : JuryGrid.common();
        UploadLimits limits = root.has("uploadLimits") ? limits(root.get("uploadLimits")) : UploadLimits.defaults();
        RetentionPolicy retention = root.has("retention") ? retention(root.get("retention")) : RetentionPolicy.DEFAULTS;
        List<ReminderOffset> reminders = root.has("reminderOffsets") ? reminderOffsets(root.get("reminderOffsets"))
                : ReminderOffset.DEFAULTS;
        FieldFaults.throwIfAny(errors);
        return new Campaign(campaignId, title, region, track, edition, opensAt, closesAt, zone, selection, criteria, limits,
                retention, reminders);
    }

    private LocalizedText text(JsonNode node, String field) {
        if (node == null || !node.isObject() || !node.path("fr").isTextual() || node.get("fr").asText().isBlank()) {
            error(field, "required", "Indiquez au moins le texte français ({\"fr\": ..., \"en\": ...}).",
                    "Give at least the French text ({\"fr\": ..., \"en\": ...}).");
            return null;
        }
        unknown(node, Set.of("fr", "en"), field + ".");
        String fr = node.get("fr").asText().strip();
        String en = node.path("en").isTextual() ? node.get("en").asText().strip() : null;
        if (fr.length() > 200 || (en != null && en.length() > 200)) {
            error(field, "too_long", "200 caractères au plus.", "200 characters at most.");
        }
        return new LocalizedText(fr, en);
    }

    private Region region(JsonNode node) {
        if (node == null || !node.isObject() || !node.path("code").isTextual() || !node.path("name").isTextual()) {
            error("region", "required", "Indiquez la région : {\"code\": \"ARA\", \"name\": \"Auvergne-Rhône-Alpes\"}.",
                    "Give the region: {\"code\": \"ARA\", \"name\": \"Auvergne-Rhône-Alpes\"}.");
            return null;
        }
        unknown(node, Set.of("code", "name"), "region.");
        String code = node.get("code").asText().strip().toUpperCase(Locale.ROOT);
        if (!code.matches("[A-Z]{2,3}")) {
            error("region.code", "invalid_region", "Code de région ISO 3166-2 (ex. ARA, IDF) ou FR pour le national.",
                    "ISO 3166-2 region code (e.g. ARA, IDF) or FR for the national round.");
        }
        return new Region(code, node.get("name").asText().strip());
    }

    private Track track(JsonNode node) {
        if (node != null && node.isTextual()) {
            for (Track track : Track.values()) {
                if (track.code().equals(node.asText())) {
                    return track;
                }
            }
        }
        error("track", "invalid_enum", "« label » ou « startup ».", "\"label\" or \"startup\".");
        return null;
    }

    private Integer integer(JsonNode node, String field, long min, long max) {
        if (node == null || !node.isIntegralNumber() || node.asLong() < min || node.asLong() > max) {
            error(field, "out_of_range", "Nombre entier entre " + min + " et " + max + ".",
                    "Integer between " + min + " and " + max + ".");
            return null;
        }
        return node.asInt();
    }

    private Instant instant(JsonNode node, String field) {
        try {
            if (node != null && node.isTextual()) {
                return OffsetDateTime.parse(node.asText()).toInstant();
            }
        } catch (DateTimeException ignored) {
            // reported below
        }
        error(field, "invalid_datetime", "Date et heure ISO-8601 avec décalage, ex. 2027-10-10T23:59:59.999+02:00.",
                "ISO-8601 date-time with offset, e.g. 2027-10-10T23:59:59.999+02:00.");
        return null;
    }

    private ZoneId zone(JsonNode node) {
        if (node == null) {
            return ZoneId.of("Europe/Paris");
        }
        try {
            return ZoneId.of(node.asText());
        } catch (DateTimeException e) {
            error("timeZone", "invalid_zone", "Fuseau IANA, ex. Europe/Paris.", "IANA zone, e.g. Europe/Paris.");
            return null;
        }
    }

    private RegionalSelection selection(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        unknown(node, Set.of("date", "place", "presentationMinutes", "questionMinutes"), "regionalSelection.");
        LocalDate date = null;
        try {
            date = LocalDate.parse(node.path("date").asText());
        } catch (DateTimeException e) {
            error("regionalSelection.date", "invalid_date", "Date ISO, ex. 2027-10-17.", "ISO date, e.g. 2027-10-17.");
        }
        String place = node.path("place").asText("").strip();
        if (place.isEmpty()) {
            error("regionalSelection.place", "required", "Indiquez le lieu.", "Give the place.");
        }
        Integer presentation = integer(node.get("presentationMinutes"), "regionalSelection.presentationMinutes", 1, 120);
        Integer questions = node.has("questionMinutes")
                ? integer(node.get("questionMinutes"), "regionalSelection.questionMinutes", 0, 120) : Integer.valueOf(0);
        return date == null || presentation == null || questions == null ? null
                : new RegionalSelection(date, place, presentation, questions);
    }

    private List<Criterion> criteria(JsonNode node) {
        List<Criterion> criteria = new ArrayList<>();
        if (node == null || !node.isArray() || node.isEmpty() || node.size() > 20) {
            error("criteria", "invalid_grid", "De 1 à 20 critères.", "From 1 to 20 criteria.");
            return criteria;
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode c = node.get(i);
            String path = "criteria[" + i + "]";
            unknown(c, Set.of("id", "label", "scaleMin", "scaleMax", "weight"), path + ".");
            String id = c.path("id").asText("");
            if (!id.matches("[a-z][a-z0-9_]{1,40}") || !ids.add(id)) {
                error(path + ".id", "invalid_id", "Identifiant unique en minuscules (ex. innovation).",
                        "Unique lower-case id (e.g. innovation).");
            }
            LocalizedText label = text(c.get("label"), path + ".label");
            Integer min = integer(c.get("scaleMin"), path + ".scaleMin", 0, 100);
            Integer max = integer(c.get("scaleMax"), path + ".scaleMax", 1, 100);
            if (min != null && max != null && min >= max) {
                error(path + ".scaleMax", "invalid_scale", "Le maximum doit dépasser le minimum.", "Max must exceed min.");
            }
            double weight = c.path("weight").isNumber() ? c.get("weight").asDouble() : (c.has("weight") ? -1 : 1.0);
            if (weight <= 0 || weight > 100) {
                error(path + ".weight", "out_of_range", "Poids strictement positif (100 au plus).",
                        "Weight strictly positive (100 at most).");
            }
            if (label != null && min != null && max != null) {
                criteria.add(new Criterion(id, label, min, max, weight));
            }
        }
        return criteria;
    }

    private UploadLimits limits(JsonNode node) {
        unknown(node, Set.of("maxFileBytes", "maxFiles", "allowedTypes"), "uploadLimits.");
        long maxBytes = node.has("maxFileBytes") ? node.path("maxFileBytes").asLong(-1) : UploadLimits.DEFAULT_MAX_FILE_BYTES;
        if (maxBytes < 1024 || maxBytes > MAX_FILE_BYTES_CEILING) {
            error("uploadLimits.maxFileBytes", "out_of_range", "Entre 1 Ko et 100 Mo.", "Between 1 KB and 100 MB.");
        }
        Integer maxFiles = node.has("maxFiles") ? integer(node.get("maxFiles"), "uploadLimits.maxFiles", 1, 50)
                : Integer.valueOf(UploadLimits.DEFAULT_MAX_FILES);
        List<FileType> types = new ArrayList<>();
        if (node.has("allowedTypes")) {
            for (JsonNode t : node.get("allowedTypes")) {
                var type = FileType.fromMediaType(t.asText()).or(() -> FileType.fromCode(t.asText()));
                type.ifPresentOrElse(types::add, () -> error("uploadLimits.allowedTypes", "invalid_enum",
                        "Types acceptés : pdf, jpeg, png, odt, ods, odp, docx, xlsx, pptx.",
                        "Accepted types: pdf, jpeg, png, odt, ods, odp, docx, xlsx, pptx."));
            }
        } else {
            types.addAll(List.of(FileType.values()));
        }
        return maxFiles == null ? null : new UploadLimits(maxBytes, maxFiles, types);
    }

    /** Distinct ISO-8601 offsets before the deadline: whole days ({@code P7D}) or hours ({@code PT6H}). */
    private List<ReminderOffset> reminderOffsets(JsonNode node) {
        List<ReminderOffset> offsets = new ArrayList<>();
        if (node == null || !node.isArray() || node.size() > ReminderOffset.MAX_PER_CAMPAIGN) {
            error("reminderOffsets", "invalid_reminders", "Une liste de " + ReminderOffset.MAX_PER_CAMPAIGN
                    + " délais au plus, ex. [\"P7D\", \"P1D\"] ([] : aucun rappel).", "A list of at most "
                    + ReminderOffset.MAX_PER_CAMPAIGN + " offsets, e.g. [\"P7D\", \"P1D\"] ([]: no reminder).");
            return offsets;
        }
        for (int i = 0; i < node.size(); i++) {
            var offset = node.get(i).isTextual() ? ReminderOffset.parse(node.get(i).asText()) : java.util.Optional.<ReminderOffset>empty();
            if (offset.isEmpty() || offsets.contains(offset.get())) {
                error("reminderOffsets[" + i + "]", "invalid_offset",
                        "Délai ISO-8601 distinct entre PT1H et P" + ReminderOffset.LONGEST_DAYS + "D (jours : P7D, heures : PT6H).",
                        "Distinct ISO-8601 offset between PT1H and P" + ReminderOffset.LONGEST_DAYS + "D (days: P7D, hours: PT6H).");
            } else {
                offsets.add(offset.get());
            }
        }
        return offsets;
    }

    /** Months after the selection, each from 1 to 600; a period not given keeps its default. */
    private RetentionPolicy retention(JsonNode node) {
        if (!node.isObject()) {
            error("retention", "wrong_type", "Un objet {\"unfiledMonths\", \"notSelectedMonths\", \"finalistMonths\"}.",
                    "An object {\"unfiledMonths\", \"notSelectedMonths\", \"finalistMonths\"}.");
            return null;
        }
        unknown(node, Set.of("unfiledMonths", "notSelectedMonths", "finalistMonths"), "retention.");
        Integer unfiled = months(node, "unfiledMonths", RetentionPolicy.DEFAULT_UNFILED_MONTHS);
        Integer notSelected = months(node, "notSelectedMonths", RetentionPolicy.DEFAULT_NOT_SELECTED_MONTHS);
        Integer finalist = months(node, "finalistMonths", RetentionPolicy.DEFAULT_FINALIST_MONTHS);
        return unfiled == null || notSelected == null || finalist == null ? null
                : new RetentionPolicy(unfiled, notSelected, finalist);
    }

    private Integer months(JsonNode node, String field, int defaultMonths) {
        return node.has(field) ? integer(node.get(field), "retention." + field, 1, RetentionPolicy.MAX_MONTHS)
                : Integer.valueOf(defaultMonths);
    }

    private void unknown(JsonNode node, Set<String> allowed, String prefix) {
        errors.addAll(JsonBody.unknownFields(node, allowed, prefix));
    }

    private void error(String field, String code, String french, String english) {
        errors.add(new FieldError(field, code, new LocalizedText(french, english)));
    }
}
