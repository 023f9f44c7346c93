package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.MailOutcome;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.domain.candidacy.Undeliverable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample of {@code sam local invoke -e events/list-dossier-mails.json}, through the handler's seam. */
class ListDossierMailsHandlerTest {

    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String APPLICANT = "helene.dupre@cc-pays-evian.fr";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ListDossierMailsHandler handler = new ListDossierMailsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies);

    private void aConfirmationThatBounced() {
        OutboxMail confirmation = OutboxMail.pending("m8Fq2xK1a", "confirmation", APPLICANT, "Dossier déposé",
                        "texte " + OutboxMail.LINK_PLACEHOLDER, null, "nonce", Fixtures.DURING_CALL)
                .sent(Fixtures.DURING_CALL, "ses-1")
                .withOutcome(new MailOutcome(MailOutcome.Type.BOUNCED, Fixtures.DURING_CALL, "Permanent/General"));
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL).withMailAdded(confirmation)
                .withMailing(m -> m.withUndeliverable(new Undeliverable(APPLICANT, Undeliverable.Reason.BOUNCE,
                        Fixtures.DURING_CALL, "m8Fq2xK1a", "Permanent/General"))));
    }

    @ParameterizedTest
    @Event(value = "../events/list-dossier-mails.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_sees_what_was_sent_when_and_what_became_of_it(APIGatewayV2HTTPEvent event) {
        aConfirmationThatBounced();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        var json = body(response);
        assertThat(json.at("/contactMail/state").asText()).isEqualTo("undeliverable");
        assertThat(json.at("/contactMail/undeliverable/reason").asText()).isEqualTo("bounce");
        assertThat(json.at("/mails/0/id").asText()).isEqualTo("m8Fq2xK1a");
        assertThat(json.at("/mails/0/to").asText()).isEqualTo(APPLICANT);
        assertThat(json.at("/mails/0/status").asText()).isEqualTo("sent");
        assertThat(json.at("/mails/0/sentAt").asText()).isEqualTo("2019-10-01T10:00:00+02:00");
        assertThat(json.at("/mails/0/outcome/type").asText()).isEqualTo("bounced");
        assertThat(response.getBody()).doesNotContain("nonce").doesNotContain(OutboxMail.LINK_PLACEHOLDER);
    }

    @ParameterizedTest
    @Event(value = "../events/list-dossier-mails.json", type = APIGatewayV2HTTPEvent.class)
    void another_region_and_jurors_may_not_read_them(APIGatewayV2HTTPEvent event) {
        aConfirmationThatBounced();

        assertThat(errorCode(invoke(handler, AdminEvents.asRegionalOrganiser(event, "IDF"))))
                .isEqualTo("out_of_region");
        assertThat(errorCode(invoke(handler, AdminEvents.asJuror(event, "juror-1")))).isEqualTo("forbidden");
    }
}
