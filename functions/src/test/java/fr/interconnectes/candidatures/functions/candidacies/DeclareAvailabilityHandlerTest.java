package fr.interconnectes.candidatures.functions.candidacies;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAvailabilities;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemorySelectionDays;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/declare-availability.json}, through the handler's seam. */
class DeclareAvailabilityHandlerTest {

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAvailabilities availabilities = new InMemoryAvailabilities();
    private final TestClock clock = new TestClock(Fixtures.DURING_CALL);
    private final DeclareAvailabilityHandler handler = new DeclareAvailabilityHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, new InMemorySelectionDays(), availabilities, clock);

    @ParameterizedTest
    @Event(value = "../events/declare-availability.json", type = APIGatewayV2HTTPEvent.class)
    void the_applicant_cannot_come_in_the_morning_of_the_selection_day(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).at("/unavailable/0/start").asText()).isEqualTo("2019-10-17T08:00:00+02:00");
        assertThat(availabilities.find(ApplicantSamples.DOSSIER).orElseThrow().unavailable().get(0).end())
                .isEqualTo(Instant.parse("2019-10-17T09:00:00Z"));
    }

    @ParameterizedTest
    @Event(value = "../events/declare-availability.json", type = APIGatewayV2HTTPEvent.class)
    void a_time_on_another_day_is_refused_and_nothing_is_kept(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        event.setBody(event.getBody().replace("2019-10-17T08", "2019-10-16T08"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(faultyFields(response)).containsExactly("unavailable[0] outside_selection_day");
        assertThat(availabilities.find(ApplicantSamples.DOSSIER)).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/declare-availability.json", type = APIGatewayV2HTTPEvent.class)
    void after_the_deadline_nothing_changes(APIGatewayV2HTTPEvent event) {
        candidacies.put(ApplicantSamples.draft());
        clock.set(Fixtures.AFTER_DEADLINE);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("deadline_passed");
        assertThat(availabilities.find(ApplicantSamples.DOSSIER)).isEmpty();
    }
}
