package fr.interconnectes.candidatures.functions.candidacies;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.CAMPAIGN_2027;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DURING_2027_CALL;
import fr.interconnectes.candidatures.functions.jobs.DeliverRecordedMailsHandler;
import static fr.interconnectes.candidatures.functions.Invocations.streamBatch;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/send-access-links.json}, through the handler's seam. */
class SendAccessLinksHandlerTest {

    /** The address and the campaign the sample names; the applicant's dossier there. */
    private static final String ADDRESS = "elise.martin@grandannecy.fr";
    private static final String DOSSIER = "cGrandAnnecy2027";
    private static final String FRENCH_ANSWER =
            "Si cette adresse a des dossiers dans cette campagne, un courriel avec de nouveaux liens est en route.";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final RecordingMailer mailer = new RecordingMailer();
    private final TestClock clock = new TestClock(DURING_2027_CALL);
    private final SendAccessLinksHandler handler = new SendAccessLinksHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), candidacies,
            Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock);
    /** What the table's stream invokes once the dossier is written with the links' mail due. */
    private final DeliverRecordedMailsHandler stream = new DeliverRecordedMailsHandler(candidacies, mailer,
            new PlainMailTemplates(), Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock,
            new RecordingMetrics());

    private void storeTheirDraft() {
        candidacies.put(Fixtures.draft(DOSSIER, CAMPAIGN_2027, Fixtures.completeLabelForm(ADDRESS), "lost-token",
                DURING_2027_CALL.minus(Duration.ofDays(3))));
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void the_address_gets_a_fresh_link_to_its_dossier(APIGatewayV2HTTPEvent event) {
        storeTheirDraft();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("message").asText()).isEqualTo(FRENCH_ANSWER);
        assertThat(mailer.sent()).as("left to the stream").isEmpty();
        assertThat(invoke(stream, streamBatch(DOSSIER))).isEmpty();
        assertThat(mailer.sentTo(ADDRESS)).singleElement()
                .satisfies(mail -> assertThat(mail.textBody()).contains(Fixtures.PUBLIC_BASE_URL, DOSSIER));
        assertThat(candidacies.stored(DOSSIER).accessTokenHashes()).hasSize(2)
                .contains(AccessTokens.hash("lost-token"));
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void asked_again_at_once_the_answer_is_the_same_and_no_second_mail_goes(APIGatewayV2HTTPEvent event) {
        storeTheirDraft();
        invoke(handler, event);
        invoke(stream, streamBatch(DOSSIER));
        clock.advance(Duration.ofSeconds(30));

        var again = invoke(handler, event);
        invoke(stream, streamBatch(DOSSIER));

        assertThat(again.getStatusCode()).isEqualTo(202);
        assertThat(body(again).get("message").asText()).isEqualTo(FRENCH_ANSWER);
        assertThat(mailer.sentTo(ADDRESS)).hasSize(1);
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void an_address_without_dossiers_gets_the_same_answer_and_no_mail(APIGatewayV2HTTPEvent event) {
        event.getHeaders().put("accept-language", "en");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(202);
        assertThat(body(response).get("message").asText())
                .isEqualTo("If this address has dossiers in this campaign, a mail with fresh links is on its way.");
        assertThat(candidacies.updates()).as("nothing written, no mail recorded").isZero();
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void what_is_not_an_address_is_refused_as_such(APIGatewayV2HTTPEvent event) {
        storeTheirDraft();
        event.setBody("{\"email\": \"elise.martin\"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields/0/field").asText()).isEqualTo("email");
        assertThat(body(response).at("/error/fields/0/code").asText()).isEqualTo("invalid_email");
        assertThat(candidacies.updates()).as("nothing written, no mail recorded").isZero();
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_campaign_is_not_found(APIGatewayV2HTTPEvent event) {
        storeTheirDraft();
        event.setPathParameters(Map.of("campaignId", "aura-2031-label"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("campaign_not_found");
        assertThat(candidacies.updates()).as("nothing written, no mail recorded").isZero();
    }
}
