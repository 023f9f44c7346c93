package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.admin.AdminEvents.claims;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/assign-jurors.json}, through the handler's seam. */
class AssignJurorsHandlerTest {

    /** The dossier, the regional organiser of Auvergne-Rhône-Alpes and the two jurors the sample event names. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String ORGANISER = "8d2e4f60-1b3c-4a7d-8e9f-0a1b2c3d4e5f";
    private static final String SOPHIE = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final String SECOND_JUROR = "9c858901-8a57-4791-81fe-4c455b099bc9";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final AssignJurorsHandler handler = new AssignJurorsHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign()), candidacies, juryRecords, auditLog,
            TestClock.at("2019-10-17T09:00:00Z"));

    @ParameterizedTest
    @Event(value = "../events/assign-jurors.json", type = APIGatewayV2HTTPEvent.class)
    void the_regional_organiser_puts_both_jurors_on_the_dossier_and_it_is_audited(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        assertThat(body(response).get("candidacyId").asText()).isEqualTo(DOSSIER);
        assertThat(body(response).get("jurors").findValuesAsText("jurorId")).containsExactly(SOPHIE, SECOND_JUROR);
        assertThat(body(response).get("jurors").findValuesAsText("state")).containsOnly("assigned");
        assertThat(body(response).get("added").toString()).isEqualTo("[\"" + SOPHIE + "\",\"" + SECOND_JUROR + "\"]");
        assertThat(juryRecords.stored(DOSSIER, SOPHIE).assignedBy()).isEqualTo(ORGANISER);
        assertThat(juryRecords.stored(DOSSIER, SECOND_JUROR).campaignId()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        assertThat(auditLog.actions()).containsExactly("jurors_assigned");
        assertThat(auditLog.entries().get(0).actor()).isEqualTo(ORGANISER);
    }

    @ParameterizedTest
    @Event(value = "../events/assign-jurors.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_assigns_nobody(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        claims(event).put("custom:region", "IDF");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("out_of_region");
        assertThat(juryRecords.forCandidacy(DOSSIER)).isEmpty();
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/assign-jurors.json", type = APIGatewayV2HTTPEvent.class)
    void jurors_must_come_as_a_list_of_account_ids(APIGatewayV2HTTPEvent event) {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0001", Fixtures.DURING_CALL));
        event.setBody("{\"jurorIds\": \"" + SOPHIE + "\"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields/0/field").asText()).isEqualTo("jurorIds");
        assertThat(body(response).at("/error/fields/0/code").asText()).isEqualTo("wrong_type");
        assertThat(juryRecords.forCandidacy(DOSSIER)).isEmpty();
    }
}
