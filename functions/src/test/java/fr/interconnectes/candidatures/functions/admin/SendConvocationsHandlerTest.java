package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.convocations.Organizer;
import fr.interconnectes.candidatures.notifications.ConvocationMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.selectionday.Slot;
import fr.interconnectes.candidatures.selectionday.TimeRange;
import fr.interconnectes.candidatures.selectionday.Timetable;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemorySelectionDays;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.SelectionDaySamples;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/send-convocations.json}, through the handler's seam. */
class SendConvocationsHandlerTest {

    private static final Instant NOW = Instant.parse("2019-10-12T08:00:00Z");

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemorySelectionDays days = new InMemorySelectionDays();
    private final RecordingMailer mailer = new RecordingMailer();
    private final PlainMailTemplates templates = new PlainMailTemplates();
    private final SendConvocationsHandler handler = new SendConvocationsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, days, new InMemoryAuditLog(), mailer,
            templates, Fixtures.tokens(), new DossierLinks(Fixtures.PUBLIC_BASE_URL),
            Organizer.interconnectes("candidatures@interconnectes.fr"), new TestClock(NOW), new RecordingMetrics());

    private void timetableOf(String... ids) {
        List<Slot> slots = new java.util.ArrayList<>();
        Instant start = Instant.parse("2019-10-17T07:00:00Z");
        for (int i = 0; i < ids.length; i++) {
            candidacies.put(Fixtures.submittedTo(Fixtures.labelCampaign(), ids[i], "ARA-2019-L-000" + (i + 1),
                    Fixtures.DURING_CALL));
            Instant at = start.plusSeconds(1200L * i);
            slots.add(Slot.first(ids[i], "A", new TimeRange(at, at.plusSeconds(900))));
        }
        days.put(SelectionDaySamples.planned(Fixtures.LABEL_CAMPAIGN, SelectionDaySamples.annecy(2019))
                .withTimetable(new Timetable(slots, NOW, "organiser-sub"), NOW, "organiser-sub"));
    }

    @ParameterizedTest
    @Event(value = "../events/send-convocations.json", type = APIGatewayV2HTTPEvent.class)
    void each_applicant_is_convened_once(APIGatewayV2HTTPEvent event) {
        timetableOf("c1", "c2");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("convened").asInt()).isEqualTo(2);
        assertThat(body(response).get("mailsSent").asInt()).isEqualTo(2);
        assertThat(templates.rendered(ConvocationMail.class)).hasSize(2);
        assertThat(mailer.sentTo("contact@c1.test")).hasSize(1);

        var again = invoke(handler, event);

        assertThat(body(again).get("unchanged").asInt()).isEqualTo(2);
        assertThat(body(again).get("mailsRecorded").asInt()).isZero();
        assertThat(mailer.sent()).hasSize(2);
    }

    @ParameterizedTest
    @Event(value = "../events/send-convocations.json", type = APIGatewayV2HTTPEvent.class)
    void before_the_timetable_is_made_it_is_a_conflict(APIGatewayV2HTTPEvent event) {
        days.put(SelectionDaySamples.planned(Fixtures.LABEL_CAMPAIGN, SelectionDaySamples.annecy(2019)));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(response)).isEqualTo("timetable_not_generated");
        assertThat(mailer.sent()).isEmpty();
    }
}
