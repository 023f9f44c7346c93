package fr.interconnectes.candidatures.functions.candidacies;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DOSSIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAvailabilities;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/get-candidacy.json}, through the handler's seam. */
class GetCandidacyHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final GetCandidacyHandler handler = new GetCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new InMemoryAvailabilities());

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void the_applicant_reads_their_draft_and_what_it_still_lacks(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("ETag", "\"1\"");
        assertThat(body(response).get("id").asText()).isEqualTo(DOSSIER);
        assertThat(body(response).get("campaignId").asText()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(body(response).get("status").asText()).isEqualTo("draft");
        assertThat(body(response).get("deadline").asText()).isEqualTo("2019-10-10T23:59:59+02:00");
        assertThat(body(response).get("missing").findValuesAsText("field")).containsExactly("attachments");
        assertThat(body(response).at("/missing/0/message").asText())
                .isEqualTo("Joignez au moins un fichier (le dossier de candidature).");
        assertThat(response.getBody()).doesNotContain(ApplicantSamples.TOKEN);
    }

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void another_token_opens_nothing_and_reveals_nothing(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        event.getHeaders().put("authorization", "Bearer not-the-token-of-this-dossier");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("candidacy_not_found");
    }

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_dossier_is_answered_as_a_wrong_token_is(APIGatewayV2HTTPEvent event) {
        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("candidacy_not_found");
    }

    @ParameterizedTest
    @Event(value = "../events/get-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void an_english_reader_is_told_what_is_missing_in_english(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        event.getHeaders().put("accept-language", "en");

        var response = invoke(handler, event);

        assertThat(body(response).at("/missing/0/message").asText())
                .isEqualTo("Attach at least one file (the application dossier).");
    }
}
