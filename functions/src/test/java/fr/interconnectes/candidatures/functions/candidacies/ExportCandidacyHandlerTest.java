package fr.interconnectes.candidatures.functions.candidacies;

import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DOSSIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/export-candidacy.json}, through the handler's seam. */
class ExportCandidacyHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ExportCandidacyHandler handler = new ExportCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new InMemoryFileStore(Fixtures.DURING_CALL));

    @ParameterizedTest
    @Event(value = "../events/export-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void the_applicant_downloads_everything_the_dossier_holds_with_links_to_their_files(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Disposition",
                "attachment; filename=\"dossier-" + DOSSIER + ".json\"").containsEntry("Cache-Control", "no-store");
        var json = body(response);
        assertThat(json.at("/dossier/id").asText()).isEqualTo(DOSSIER);
        assertThat(json.at("/dossier/applicant/contact/email").asText()).isEqualTo(ApplicantSamples.CONTACT);
        assertThat(json.at("/dossier/receipt/number").asText()).isEqualTo(ApplicantSamples.RECEIPT);
        assertThat(json.at("/dossier/attachments/0/download/url").asText()).contains(ApplicantSamples.ATTACHMENT_KEY);
        assertThat(json.at("/dossier/mails").isArray()).isTrue();
        assertThat(response.getBody()).doesNotContain(ApplicantSamples.TOKEN);
    }

    @ParameterizedTest
    @Event(value = "../events/export-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void another_token_gets_the_same_404_as_an_unknown_dossier(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());
        event.getHeaders().put("authorization", "Bearer not-the-token-of-this-dossier");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("candidacy_not_found");
    }

    @ParameterizedTest
    @Event(value = "../events/export-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void once_erased_the_token_opens_nothing(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted().anonymised(Erasure.started(Erasure.Cause.REQUEST, "Courriel",
                "organiser-sub", Fixtures.AFTER_DEADLINE, List.of()).attempted(List.of(), null, Fixtures.AFTER_DEADLINE),
                Fixtures.AFTER_DEADLINE));
        event.getHeaders().put("accept-language", "en");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(410);
        assertThat(errorCode(response)).isEqualTo("candidacy_erased");
        assertThat(body(response).at("/error/message").asText()).startsWith("The personal data of this dossier were erased");
    }
}
