package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/get-dossier.json}, through the handler's seam. */
class GetDossierHandlerTest {

    /** The dossier the sample event names; its caller is a national organiser. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final String NATIONAL_ORGANISER = "5f1c2e4a-8d7b-4c1e-9a3f-2b6d8e0f1a2c";
    private static final String JUROR = "f47ac10b-58cc-4372-a567-0e02b2c3d479";
    private static final Instant NOW = Fixtures.AFTER_DEADLINE;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final GetDossierHandler handler = new GetDossierHandler(new InMemoryCampaigns(Fixtures.labelCampaign()),
            candidacies, juryRecords, new InMemoryFileStore(NOW), auditLog, new TestClock(NOW));

    private void aSubmittedDossierWithItsJuror() {
        candidacies.put(Fixtures.submitted(DOSSIER, "ARA-2019-L-0007", Fixtures.DURING_CALL));
        juryRecords.put(Fixtures.assigned(DOSSIER, JUROR));
    }

    @ParameterizedTest
    @Event(value = "../events/get-dossier.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_reads_the_whole_dossier_with_links_to_its_files(APIGatewayV2HTTPEvent event) {
        aSubmittedDossierWithItsJuror();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8")
                .containsEntry("Cache-Control", "no-store");
        var json = body(response);
        assertThat(json.get("id").asText()).isEqualTo(DOSSIER);
        assertThat(json.at("/receipt/number").asText()).isEqualTo("ARA-2019-L-0007");
        assertThat(json.at("/attachments/0/download/url").asText())
                .isEqualTo("https://files.test/candidacies/c/a1?download=dossier.pdf");
        assertThat(json.at("/attachments/0/download/expiresAt").asText()).isEqualTo("2019-10-11T00:05:00+02:00");
        assertThat(json.get("jury").findValuesAsText("jurorId")).containsExactly(JUROR);
        assertThat(json.has("mails")).isTrue();
        assertThat(response.getBody()).doesNotContain("token-" + DOSSIER);
        assertThat(auditLog.actions()).containsExactly("dossier_viewed");
        assertThat(auditLog.entries().get(0).actor()).isEqualTo(NATIONAL_ORGANISER);
        assertThat(auditLog.entries().get(0).candidacyId()).isEqualTo(DOSSIER);
    }

    @ParameterizedTest
    @Event(value = "../events/get-dossier.json", type = APIGatewayV2HTTPEvent.class)
    void its_juror_reads_it_without_the_rest_of_the_jury(APIGatewayV2HTTPEvent event) {
        aSubmittedDossierWithItsJuror();

        var response = invoke(handler, AdminEvents.asJuror(event, JUROR));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).has("attachments")).isTrue();
        assertThat(body(response).has("jury")).isFalse();
        assertThat(body(response).has("mails")).isFalse();
        assertThat(auditLog.entries().get(0).actor()).isEqualTo(JUROR);
    }

    @ParameterizedTest
    @Event(value = "../events/get-dossier.json", type = APIGatewayV2HTTPEvent.class)
    void another_juror_may_not_read_it(APIGatewayV2HTTPEvent event) {
        aSubmittedDossierWithItsJuror();

        var response = invoke(handler, AdminEvents.asJuror(event, "juror-of-other-dossiers"));

        assertThat(response.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(response)).isEqualTo("not_assigned");
        assertThat(response.getBody()).doesNotContain("files.test");
        assertThat(auditLog.entries()).isEmpty();
    }

    @ParameterizedTest
    @Event(value = "../events/get-dossier.json", type = APIGatewayV2HTTPEvent.class)
    void an_unknown_dossier_is_not_found(APIGatewayV2HTTPEvent event) {
        aSubmittedDossierWithItsJuror();
        event.setPathParameters(Map.of("candidacyId", "unknownDossier01"));

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(404);
        assertThat(errorCode(response)).isEqualTo("candidacy_not_found");
        assertThat(auditLog.entries()).isEmpty();
    }
}
