package fr.interconnectes.candidatures.functions.candidacies;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.candidacies.ApplicantSamples.DOSSIER;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Convocation;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/answer-convocation.json}, through the handler's seam. */
class AnswerConvocationHandlerTest {

    private static final Instant NOW = Instant.parse("2019-10-13T08:00:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final AnswerConvocationHandler handler = new AnswerConvocationHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new TestClock(NOW));

    private void convened() {
        candidacies.put(ApplicantSamples.submitted().withConvocation(Convocation.sent("slot-" + DOSSIER, 0, "A",
                "Salle Mont-Blanc", "Impérial Palace, Allée de l'Impérial, 74000 Annecy",
                Instant.parse("2019-10-17T07:00:00Z"), Instant.parse("2019-10-17T07:15:00Z"), NOW)));
    }

    @ParameterizedTest
    @Event(value = "../events/answer-convocation.json", type = APIGatewayV2HTTPEvent.class)
    void the_applicant_confirms_and_the_dossier_shows_the_convocation_and_answer(APIGatewayV2HTTPEvent event) {
        convened();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        var convocation = body(response).get("convocation");
        assertThat(convocation.get("attendance").asText()).isEqualTo("confirmed");
        assertThat(convocation.get("note").asText()).isEqualTo("Nous viendrons à deux : la maire et le DGS.");
        assertThat(convocation.get("start").asText()).isEqualTo("2019-10-17T09:00:00+02:00");
        assertThat(convocation.get("room").asText()).isEqualTo("Salle Mont-Blanc");
        assertThat(convocation.get("status").asText()).isEqualTo("sent");
        assertThat(candidacies.stored(DOSSIER).convocation().attendance()).isEqualTo(Convocation.Attendance.CONFIRMED);
    }

    @ParameterizedTest
    @Event(value = "../events/answer-convocation.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_answer_is_refused_field_by_field_and_changes_nothing(APIGatewayV2HTTPEvent event) {
        convened();
        event.setBody("{\"attendance\": \"maybe\", \"note\": \"" + "x".repeat(1001) + "\"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields/0/field").asText()).isEqualTo("attendance");
        assertThat(body(response).at("/error/fields/1/field").asText()).isEqualTo("note");
        assertThat(candidacies.stored(DOSSIER).convocation().attendance()).isEqualTo(Convocation.Attendance.PENDING);
    }

    @ParameterizedTest
    @Event(value = "../events/answer-convocation.json", type = APIGatewayV2HTTPEvent.class)
    void a_dossier_never_convened_has_nothing_to_answer(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.submitted());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("not_convened");
    }
}
