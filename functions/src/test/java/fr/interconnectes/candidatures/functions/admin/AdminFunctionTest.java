package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * How every /admin/ route reads its caller from the JWT authorizer's claims, through an organisers' route
 * (events/campaign-statistics.json, a national organiser on an Auvergne-Rhône-Alpes campaign).
 */
class AdminFunctionTest {

    private final AdminFunction organisersRoute = new CampaignStatisticsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), new InMemoryCandidacies());

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void the_sample_caller_is_let_in(APIGatewayV2HTTPEvent event) {
        assertThat(invoke(organisersRoute, event).getStatusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void without_claims_the_caller_is_asked_to_sign_in(APIGatewayV2HTTPEvent event) {
        var response = invoke(organisersRoute, AdminEvents.signedOut(event));

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(errorCode(response)).isEqualTo("not_signed_in");
        assertThat(response.getHeaders()).containsEntry("WWW-Authenticate", "Bearer")
                .containsEntry("Content-Language", "fr");
        assertThat(body(response).has("campaignId")).isFalse();
    }

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void claims_without_a_sub_are_no_caller(APIGatewayV2HTTPEvent event) {
        AdminEvents.claims(event).remove("sub");

        var response = invoke(organisersRoute, event);

        assertThat(response.getStatusCode()).isEqualTo(401);
        assertThat(errorCode(response)).isEqualTo("not_signed_in");
    }

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_may_not_use_an_organisers_route(APIGatewayV2HTTPEvent event) {
        var response = invoke(organisersRoute, AdminEvents.asJuror(event, "f47ac10b-58cc-4372-a567-0e02b2c3d479"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("forbidden");
        assertThat(response.getHeaders()).doesNotContainKey("WWW-Authenticate");
    }

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_is_told_so(APIGatewayV2HTTPEvent event) {
        var response = invoke(organisersRoute, AdminEvents.asRegionalOrganiser(event, "IDF"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
    }

    @ParameterizedTest
    @Event(value = "../events/campaign-statistics.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_the_campaigns_region_is_let_in(APIGatewayV2HTTPEvent event) {
        var response = invoke(organisersRoute, AdminEvents.asRegionalOrganiser(event, "ara"));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
    }
}
