package fr.interconnectes.candidatures.http.laureates;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CandidacyJson;
import fr.interconnectes.candidatures.laureates.PublishedPalmares;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The palmarès as anyone reads it: the round (campaign, region, edition, track, whether it is the national one) and
 * its laureates, organisation, kind and project only.
 */
public final class LaureateResponses {

    private LaureateResponses() {
    }

    /** 200: the published palmarès, in the reader's language. */
    public static ApiResponse published(PublishedPalmares published, Language language) {
        return ApiResponse.json(200, json(published.campaign(), published.palmares(), language),
                Map.of("Content-Language", language.code()));
    }

    static Map<String, Object> json(Campaign campaign, Palmares palmares, Language language) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("campaignId", campaign.id());
        json.put("title", campaign.title().in(language));
        json.put("region", Map.of("code", campaign.region().code(), "name", campaign.region().name()));
        json.put("edition", campaign.edition());
        json.put("track", campaign.track().code());
        boolean national = "FR".equals(campaign.region().code());
        json.put("round", national ? "national" : "regional");
        json.put("distinction", distinction(national, campaign, language));
        json.put("publishedAt", CandidacyJson.time(palmares.publishedAt(), campaign.timeZone()));
        json.put("laureates", laureates(palmares.laureates(), language));
        return json;
    }

    private static List<Map<String, Object>> laureates(List<Laureate> laureates, Language language) {
        return laureates.stream().map(l -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("organisation", l.organisation());
            if (l.kind() != null) {
                json.put("kind", l.kind().code());
                json.put("kindLabel", l.kind().label().in(language));
            }
            json.put("projectTitle", l.projectTitle());
            if (l.summary() != null) {
                json.put("summary", l.summary());
            }
            return json;
        }).toList();
    }

    /**
     * What the laureates are: on the label track, the projects a jury retains are labelled (« en 2018, trois projets
     * d'Auvergne-Rhône-Alpes ont été labellisés »); on the start-up track, the regional finalists, then the national
     * winners.
     */
    private static String distinction(boolean national, Campaign campaign, Language language) {
        boolean english = language == Language.EN;
        if (campaign.track() == Track.LABEL) {
            return english ? "Labelled projects" : "Projets labellisés";
        }
        if (national) {
            return english ? "Winners of the start-up contest" : "Lauréats du concours start-up";
        }
        return english ? "Finalists of the regional selection" : "Finalistes de la sélection régionale";
    }
}
