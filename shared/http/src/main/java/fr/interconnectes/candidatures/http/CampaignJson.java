package fr.interconnectes.candidatures.http;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.ReminderOffset;
import fr.interconnectes.candidatures.campaigns.CampaignView;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How a campaign looks to API clients: what an applicant needs to decide and to apply. */
public final class CampaignJson {

    private CampaignJson() {
    }

    public static Map<String, Object> of(CampaignView view, Language language) {
        Campaign c = view.campaign();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", c.id());
        json.put("title", c.title().in(language));
        json.put("region", Map.of("code", c.region().code(), "name", c.region().name()));
        json.put("track", c.track().code());
        json.put("edition", c.edition());
        json.put("opensAt", CandidacyJson.time(c.opensAt(), c.timeZone()));
        json.put("closesAt", CandidacyJson.time(c.closesAt(), c.timeZone()));
        json.put("timeZone", c.timeZone().getId());
        json.put("status", view.status().code());
        json.put("acceptsApplications", c.acceptsApplications());
        if (c.regionalSelection() != null) {
            var s = c.regionalSelection();
            Map<String, Object> selection = new LinkedHashMap<>();
            selection.put("date", s.date().toString());
            selection.put("place", s.place());
            selection.put("auditionMinutes", s.auditionMinutes());
            selection.put("presentationMinutes", s.presentationMinutes());
            selection.put("questionMinutes", s.questionMinutes());
            json.put("regionalSelection", selection);
        }
        json.put("criteria", c.criteria().stream().map(k -> criterion(k, language)).toList());
        var limits = c.uploadLimits();
        json.put("uploadLimits", Map.of(
                "maxFileBytes", limits.maxFileBytes(),
                "maxFiles", limits.maxFiles(),
                "allowedTypes", limits.allowedTypes().stream().map(FileType::mediaType).toList(),
                "allowedExtensions", limits.allowedTypes().stream().flatMap(t -> t.extensions().stream()).toList()));
        json.put("retention", Map.of(
                "unfiledMonths", c.retention().unfiledMonths(),
                "notSelectedMonths", c.retention().notSelectedMonths(),
                "finalistMonths", c.retention().finalistMonths()));
        json.put("reminderOffsets", c.reminderOffsets().stream().map(ReminderOffset::code).toList());
        return json;
    }

    public static List<Map<String, Object>> of(List<CampaignView> views, Language language) {
        return views.stream().map(v -> of(v, language)).toList();
    }

    static Map<String, Object> criterion(Criterion criterion, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", criterion.id());
        json.put("label", criterion.label().in(language));
        json.put("scaleMin", criterion.scaleMin());
        json.put("scaleMax", criterion.scaleMax());
        json.put("weight", criterion.weight());
        return json;
    }
}
