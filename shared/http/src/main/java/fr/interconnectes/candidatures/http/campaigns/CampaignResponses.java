package fr.interconnectes.candidatures.http.campaigns;

import fr.interconnectes.candidatures.campaigns.CampaignView;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.CampaignStatus;
import fr.interconnectes.candidatures.domain.LastUsed;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.CampaignJson;
import java.util.List;
import java.util.Map;

/** The answers of the public campaign routes: titles and criteria in the reader's language, declared as such. */
public final class CampaignResponses {

    /**
     * The answers last given: every applicant's form and every campaign page asks for the same few campaigns, and
     * writing one out was the larger half of a warm GetCampaign's own work (measured with JFR). An answer is a
     * function of the campaign, its status now and the language alone. The campaign is told by identity: the store
     * hands out the very instance it read before while the stored campaign is unchanged, and a record's generated
     * hash would walk every criterion on each request (and bootstrap its method handles on a cold start).
     */
    private static final LastUsed<Asked, ApiResponse> LAST_ANSWERED = new LastUsed<>(32);

    private record Asked(Campaign campaign, CampaignStatus status, Language language) {

        @Override
        public boolean equals(Object other) {
            return other instanceof Asked asked && asked.campaign == campaign && asked.status == status
                    && asked.language == language;
        }

        @Override
        public int hashCode() {
            return (System.identityHashCode(campaign) * 31 + status.ordinal()) * 31 + language.ordinal();
        }
    }

    private CampaignResponses() {
    }

    /** 200: one campaign. */
    public static ApiResponse campaign(CampaignView view, Language language) {
        return LAST_ANSWERED.get(new Asked(view.campaign(), view.status(), language), asked ->
                ApiResponse.json(200, CampaignJson.of(view, language), contentLanguage(language)));
    }

    /** 200: {@code {"campaigns": [...]}}, in the order given. */
    public static ApiResponse campaigns(List<CampaignView> views, Language language) {
        return ApiResponse.json(200, Map.of("campaigns", CampaignJson.of(views, language)), contentLanguage(language));
    }

    private static Map<String, String> contentLanguage(Language language) {
        return Map.of("Content-Language", language.code());
    }
}
