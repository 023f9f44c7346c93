package fr.interconnectes.candidatures.functions.campaigns;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryPublishedResults;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/get-laureates.json}, through the handler's seam. */
class GetLaureatesHandlerTest {

    private final InMemoryPublishedResults results = new InMemoryPublishedResults();
    private final GetLaureatesHandler handler = new GetLaureatesHandler(new InMemoryCampaigns(Fixtures.labelCampaign()),
            results);

    @ParameterizedTest
    @Event(value = "../events/get-laureates.json", type = APIGatewayV2HTTPEvent.class)
    void anyone_reads_the_published_palmares(APIGatewayV2HTTPEvent event) {
        results.save(new Palmares(Fixtures.LABEL_CAMPAIGN, List.of(new Laureate("Ville de Brignais",
                OrganisationKind.COMMUNE, "Brignais connectée", "Des services en ligne pour tous.")),
                Instant.parse("2019-10-20T08:00:00Z"), "organiser-sub"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        var palmares = body(response);
        assertThat(palmares.get("campaignId").asText()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(palmares.at("/region/code").asText()).isEqualTo("ARA");
        assertThat(palmares.get("edition").asInt()).isEqualTo(2019);
        assertThat(palmares.get("distinction").asText()).isEqualTo("Projets labellisés");
        assertThat(palmares.get("publishedAt").asText()).isEqualTo("2019-10-20T10:00:00+02:00");
        assertThat(palmares.at("/laureates/0/organisation").asText()).isEqualTo("Ville de Brignais");
        assertThat(palmares.at("/laureates/0/kindLabel").asText()).isEqualTo("Commune");
        assertThat(palmares.at("/laureates/0/projectTitle").asText()).isEqualTo("Brignais connectée");
        assertThat(response.getBody()).doesNotContain("organiser-sub").doesNotContain("@");
    }

    @ParameterizedTest
    @Event(value = "../events/get-laureates.json", type = APIGatewayV2HTTPEvent.class)
    void before_it_is_published_it_is_not_found(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("laureates_not_published");
    }
}
