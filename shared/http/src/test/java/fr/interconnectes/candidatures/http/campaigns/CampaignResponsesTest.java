package fr.interconnectes.candidatures.http.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.campaigns.CampaignView;
import fr.interconnectes.candidatures.domain.CampaignStatus;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.testing.Fixtures;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignResponsesTest {

    private final CampaignView label = new CampaignView(Fixtures.labelCampaign(), CampaignStatus.OPEN);
    private final CampaignView startup = new CampaignView(Fixtures.startupCampaign(), CampaignStatus.CLOSED);

    private static JsonNode body(ApiResponse response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void a_campaign_is_answered_in_the_language_it_declares() {
        ApiResponse french = CampaignResponses.campaign(label, Language.FR);
        ApiResponse english = CampaignResponses.campaign(label, Language.EN);

        assertThat(french.status()).isEqualTo(200);
        assertThat(french.headers()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Cache-Control", "no-store").containsEntry("Content-Language", "fr");
        assertThat(body(french).get("id").asText()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(body(french).get("status").asText()).isEqualTo("open");
        assertThat(body(french).at("/criteria/1/label").asText()).isEqualTo("Prise en compte des usagers");
        assertThat(english.headers()).containsEntry("Content-Language", "en");
        assertThat(body(english).at("/criteria/1/label").asText()).isEqualTo("User focus");
    }

    @Test
    void a_campaign_asked_again_gets_the_answer_already_written_until_the_campaign_its_status_or_language_changes() {
        ApiResponse first = CampaignResponses.campaign(label, Language.FR);

        assertThat(CampaignResponses.campaign(new CampaignView(label.campaign(), CampaignStatus.OPEN), Language.FR))
                .isSameAs(first);
        assertThat(CampaignResponses.campaign(new CampaignView(Fixtures.labelCampaign(), CampaignStatus.OPEN),
                Language.FR)).as("another instance, as read from a changed item").isNotSameAs(first).isEqualTo(first);
        ApiResponse closed = CampaignResponses.campaign(new CampaignView(label.campaign(), CampaignStatus.CLOSED),
                Language.FR);
        assertThat(body(closed).get("status").asText()).isEqualTo("closed");
        assertThat(body(CampaignResponses.campaign(label, Language.EN)).at("/criteria/1/label").asText())
                .isEqualTo("User focus");
        assertThat(body(CampaignResponses.campaign(label, Language.FR)).get("status").asText()).isEqualTo("open");
    }

    @Test
    void campaigns_are_answered_under_one_key_in_the_order_given() {
        ApiResponse response = CampaignResponses.campaigns(List.of(startup, label), Language.EN);

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers()).containsEntry("Content-Language", "en");
        assertThat(body(response).get("campaigns")).extracting(campaign -> campaign.get("id").asText())
                .containsExactly(Fixtures.STARTUP_CAMPAIGN, Fixtures.LABEL_CAMPAIGN);
        assertThat(body(response).at("/campaigns/0/status").asText()).isEqualTo("closed");
    }

    @Test
    void no_campaign_is_an_empty_list() {
        assertThat(body(CampaignResponses.campaigns(List.of(), Language.FR)).get("campaigns").isEmpty()).isTrue();
    }
}
