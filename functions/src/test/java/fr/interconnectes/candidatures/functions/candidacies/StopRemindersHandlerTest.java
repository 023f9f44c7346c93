package fr.interconnectes.candidatures.functions.candidacies;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.TestClock;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample of {@code sam local invoke -e events/stop-reminders.json} (its token signed with the tests' secret). */
class StopRemindersHandlerTest {

    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final StopRemindersHandler handler = new StopRemindersHandler(candidacies, Fixtures.tokens(),
            new TestClock(Fixtures.DURING_CALL));

    @ParameterizedTest
    @Event(value = "../events/stop-reminders.json", type = APIGatewayV2HTTPEvent.class)
    void the_link_turns_reminders_off_without_signing_in_in_french_or_english(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, "token", Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("message").asText()).startsWith("C'est noté");
        assertThat(candidacies.stored(DOSSIER).mailing().remindersStoppedAt()).isEqualTo(Fixtures.DURING_CALL);
        event.getHeaders().put("accept-language", "en");
        assertThat(body(invoke(handler, event)).get("message").asText()).startsWith("Done");
    }

    @ParameterizedTest
    @Event(value = "../events/stop-reminders.json", type = APIGatewayV2HTTPEvent.class)
    void a_forged_token_a_missing_one_or_a_body_not_json_is_refused(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.readyToSubmit(DOSSIER, "token", Fixtures.DURING_CALL));
        String sample = event.getBody();

        event.setBody(sample.replace(DOSSIER + ".", DOSSIER + ".x"));
        assertThat(errorCode(invoke(handler, event))).isEqualTo("invalid_unsubscribe_link");
        event.setBody("{}");
        assertThat(errorCode(invoke(handler, event))).isEqualTo("validation_failed");
        event.setBody(sample);
        event.setHeaders(new java.util.HashMap<>(Map.of("content-type", "text/plain")));
        assertThat(invoke(handler, event).getStatusCode()).isEqualTo(415);
        assertThat(candidacies.stored(DOSSIER).mailing().remindersStoppedAt()).isNull();
    }
}
