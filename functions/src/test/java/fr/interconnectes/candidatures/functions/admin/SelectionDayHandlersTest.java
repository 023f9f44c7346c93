package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.claims;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SECOND_JUROR;
import static fr.interconnectes.candidatures.testing.SelectionDaySamples.SOPHIE;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.EventLoader;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.selectionday.SlotStatus;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryAvailabilities;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.InMemorySelectionDays;
import fr.interconnectes.candidatures.testing.SelectionDaySamples;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The sample events of the selection day's routes ({@code sam local invoke -e events/plan-selection-day.json}
 * and the others), through each handler's seam: plan, read the plan, generate, read, move.
 */
class SelectionDayHandlersTest {

    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String ORGANISER = "8d2e4f60-1b3c-4a7d-8e9f-0a1b2c3d4e5f";

    private final Campaign campaign = Fixtures.labelCampaign(2027);
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(campaign);
    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemorySelectionDays days = new InMemorySelectionDays();
    private final InMemoryAvailabilities availabilities = new InMemoryAvailabilities();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TestClock clock = TestClock.at("2027-10-12T09:00:00Z");

    private void threeSubmittedDossiers() {
        Instant at = Instant.parse("2027-10-01T08:00:00Z");
        candidacies.put(Fixtures.submittedIn(campaign.id(), DOSSIER, "ARA-2027-L-0001", at));
        candidacies.put(Fixtures.submittedIn(campaign.id(), "d2", "ARA-2027-L-0002", at));
        candidacies.put(Fixtures.submittedIn(campaign.id(), "d3", "ARA-2027-L-0003", at));
    }

    private void planned() {
        days.put(SelectionDaySamples.planned(campaign.id(), SelectionDaySamples.annecy(2027)));
    }

    private void generated() {
        planned();
        var handler = new GenerateTimetableHandler(campaigns, candidacies, days, availabilities, juryRecords, auditLog, clock);
        APIGatewayV2HTTPEvent post = EventLoader.loadApiGatewayHttpEvent("../events/generate-timetable.json");
        assertThat(invoke(handler, post).getStatusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @Event(value = "../events/plan-selection-day.json", type = APIGatewayV2HTTPEvent.class)
    void the_regional_organiser_plans_two_panels_and_it_is_audited(APIGatewayV2HTTPEvent event) {
        threeSubmittedDossiers();
        var handler = new PlanSelectionDayHandler(campaigns, candidacies, days, auditLog, clock);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("dayStart").asText()).isEqualTo("2027-10-17T09:00:00+02:00");
        assertThat(body(response).at("/formats/label/slotMinutes").asInt()).isEqualTo(15);
        assertThat(body(response).at("/formats/startup/slotMinutes").asInt()).isEqualTo(10);
        assertThat(body(response).get("panels").findValuesAsText("room")).containsExactly("Salle Mont-Blanc", "Salle Semnoz");
        assertThat(days.stored(campaign.id()).plan().panel("A").orElseThrow().jurorIds()).containsExactly(SOPHIE);
        assertThat(days.stored(campaign.id()).plan().panel("A").orElseThrow().jurors().get(0).email())
                .isEqualTo("sophie.girard@jury.example");
        assertThat(auditLog.actions()).containsExactly("selection_day_planned");
        assertThat(auditLog.entries().get(0).actor()).isEqualTo(ORGANISER);
    }

    @ParameterizedTest
    @Event(value = "../events/plan-selection-day.json", type = APIGatewayV2HTTPEvent.class)
    void a_juror_in_two_panels_is_refused_field_by_field(APIGatewayV2HTTPEvent event) {
        event.setBody(event.getBody().replace("9c858901-8a57-4791-81fe-4c455b099bc9", SOPHIE));

        var response = invoke(new PlanSelectionDayHandler(campaigns, candidacies, days, auditLog, clock), event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(faultyFields(response)).containsExactly("panels[1].jurors[0].id juror_in_two_panels");
        assertThat(days.find(campaign.id())).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/plan-selection-day.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_plans_nothing(APIGatewayV2HTTPEvent event) {
        claims(event).put("custom:region", "IDF");

        var response = invoke(new PlanSelectionDayHandler(campaigns, candidacies, days, auditLog, clock), event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(days.find(campaign.id())).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/get-selection-day.json", type = APIGatewayV2HTTPEvent.class)
    void the_plan_reads_back(APIGatewayV2HTTPEvent event) {
        var handler = new GetSelectionDayHandler(campaigns, days);
        assertThat(errorCode(invoke(handler, event))).isEqualTo("selection_day_not_planned");
        planned();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).at("/place/name").asText()).isEqualTo("Impérial Palace");
        assertThat(body(response).at("/breaks/0/start").asText()).isEqualTo("12:30");
        assertThat(body(response).get("timetableGenerated").asBoolean()).isFalse();
    }

    @ParameterizedTest
    @Event(value = "../events/generate-timetable.json", type = APIGatewayV2HTTPEvent.class)
    void the_timetable_spreads_the_dossiers_over_both_panels_and_their_jurors_follow(APIGatewayV2HTTPEvent event) {
        threeSubmittedDossiers();
        planned();
        var handler = new GenerateTimetableHandler(campaigns, candidacies, days, availabilities, juryRecords, auditLog, clock);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("scheduled").asInt()).isEqualTo(3);
        assertThat(body(response).at("/panels/0/slots").findValuesAsText("receiptNumber"))
                .containsExactly("ARA-2027-L-0001", "ARA-2027-L-0003");
        assertThat(body(response).at("/panels/1/slots").findValuesAsText("start"))
                .containsExactly("2027-10-17T09:00:00+02:00");
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).assignedBy()).isEqualTo("timetable");
        assertThat(juryRecords.forCandidacy("d2")).extracting(r -> r.jurorId()).containsExactly(SECOND_JUROR);
        assertThat(auditLog.actions()).containsExactly("timetable_generated");
    }

    @ParameterizedTest
    @Event(value = "../events/get-timetable.json", type = APIGatewayV2HTTPEvent.class)
    void the_timetable_reads_back_once_made(APIGatewayV2HTTPEvent event) {
        threeSubmittedDossiers();
        var handler = new GetTimetableHandler(campaigns, candidacies, days);
        planned();
        assertThat(errorCode(invoke(handler, event))).isEqualTo("timetable_not_generated");
        generated();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(body(response).get("panels").findValuesAsText("slotId")).hasSize(3);
    }

    @ParameterizedTest
    @Event(value = "../events/move-slot.json", type = APIGatewayV2HTTPEvent.class)
    void a_slot_moves_to_the_other_panel_with_a_new_sequence_and_its_jurors(APIGatewayV2HTTPEvent event) {
        threeSubmittedDossiers();
        generated();
        var handler = new MoveSlotHandler(campaigns, candidacies, days, availabilities, juryRecords, auditLog, clock);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        var slot = days.stored(campaign.id()).timetable().slot("slot-" + DOSSIER).orElseThrow();
        assertThat(slot.panelId()).isEqualTo("B");
        assertThat(slot.start()).isEqualTo(Instant.parse("2027-10-17T12:00:00Z"));
        assertThat(slot.sequence()).isEqualTo(1);
        assertThat(slot.status()).isEqualTo(SlotStatus.SCHEDULED);
        assertThat(juryRecords.forCandidacy(DOSSIER)).extracting(r -> r.jurorId()).containsExactly(SECOND_JUROR);
        assertThat(auditLog.actions()).contains("slot_moved");
    }

    @ParameterizedTest
    @Event(value = "../events/move-slot.json", type = APIGatewayV2HTTPEvent.class)
    void a_slot_moved_into_the_lunch_break_is_refused(APIGatewayV2HTTPEvent event) {
        threeSubmittedDossiers();
        generated();
        event.setBody("{\"start\": \"2027-10-17T12:45:00+02:00\"}");

        var response = invoke(
                new MoveSlotHandler(campaigns, candidacies, days, availabilities, juryRecords, auditLog, clock), event);

        assertThat(response.getStatusCode()).isEqualTo(422);
        assertThat(errorCode(response)).isEqualTo("slot_overlaps_break");
        assertThat(body(response).at("/error/message").asText()).contains("12:30", "13:30");
        assertThat(days.stored(campaign.id()).timetable().slot("slot-" + DOSSIER).orElseThrow().sequence()).isZero();
    }
}
