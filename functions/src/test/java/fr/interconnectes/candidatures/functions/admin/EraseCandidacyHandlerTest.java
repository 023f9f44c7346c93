package fr.interconnectes.candidatures.functions.admin;

import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static fr.interconnectes.candidatures.functions.HandlerResponses.faultyFields;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryFileStore;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/erase-candidacy.json}, through the handler's seam. */
class EraseCandidacyHandlerTest {

    /** The dossier the sample names, of the 2027 call (selection on 17 October 2027); the moment it is sent. */
    private static final String DOSSIER = "cX9f2Lm7Qa1Bz4Kp";
    private static final Instant SAMPLE_TIME = Instant.parse("2027-12-03T09:15:00Z");
    private static final String FILE = "campaigns/aura-2027-label/candidacies/" + DOSSIER + "/a1.pdf";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryFileStore files = new InMemoryFileStore(SAMPLE_TIME);
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final TestClock clock = new TestClock(SAMPLE_TIME);
    private final EraseCandidacyHandler handler = new EraseCandidacyHandler(
            new InMemoryCampaigns(Fixtures.labelCampaign(2027)), candidacies, new InMemoryJuryRecords(), files, auditLog,
            clock);

    private void aDossierNotSelected() {
        var campaign = Fixtures.labelCampaign(2027);
        var submitted = Fixtures.submittedTo(campaign, DOSSIER, "ARA-2027-L-0001", Instant.parse("2027-10-01T08:00:00Z"));
        var attachment = new fr.interconnectes.candidatures.domain.candidacy.Attachment("a1", "dossier.pdf",
                fr.interconnectes.candidatures.domain.FileType.PDF, 3,
                fr.interconnectes.candidatures.domain.candidacy.Attachment.State.RECEIVED, FILE, submitted.createdAt(),
                submitted.createdAt());
        candidacies.put(Fixtures.withSentDecision(submitted.withAttachments(java.util.List.of(attachment),
                submitted.createdAt()), Decision.Outcome.NOT_SELECTED, Instant.parse("2027-10-20T08:00:00Z")));
        files.put(FILE, new byte[] {1, 2, 3}, "application/pdf");
    }

    @ParameterizedTest
    @Event(value = "../events/erase-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void the_dossier_is_erased_at_once_and_audited(APIGatewayV2HTTPEvent event) {
        aDossierNotSelected();

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        var json = body(response);
        assertThat(json.get("state").asText()).isEqualTo("complete");
        assertThat(json.at("/dossiers/0/id").asText()).isEqualTo(DOSSIER);
        assertThat(json.at("/dossiers/0/cause").asText()).isEqualTo("request");
        assertThat(candidacies.stored(DOSSIER).contactEmail()).isNull();
        assertThat(files.holds(FILE)).isFalse();
        assertThat(auditLog.actions()).containsExactly("erasure_requested", "erasure_started", "erasure_completed");
        assertThat(auditLog.entries().get(0).details()).containsEntry("reason",
                "Demande reçue par courriel le 2 décembre 2027 (réf. RGPD-2027-014)");
    }

    @ParameterizedTest
    @Event(value = "../events/erase-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void with_the_storage_down_the_erasure_is_accepted_and_left_pending_with_what_remains(APIGatewayV2HTTPEvent event) {
        aDossierNotSelected();
        files.failDeletes();

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(202);
        assertThat(body(response).get("state").asText()).isEqualTo("pending");
        assertThat(body(response).at("/dossiers/0/remaining/0").asText())
                .isEqualTo("files:campaigns/aura-2027-label/candidacies/" + DOSSIER + "/");
        assertThat(candidacies.stored(DOSSIER).contactEmail()).isNull();
    }

    @ParameterizedTest
    @Event(value = "../events/erase-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void during_the_selection_only_force_erases(APIGatewayV2HTTPEvent event) {
        aDossierNotSelected();
        clock.set(Instant.parse("2027-10-15T08:00:00Z"));

        var refused = handler.handleRequest(event, null);

        assertThat(refused.getStatusCode()).isEqualTo(409);
        assertThat(errorCode(refused)).isEqualTo("selection_open");
        assertThat(candidacies.stored(DOSSIER).erased()).isFalse();

        event.setBody(event.getBody().replace("\"force\": false", "\"force\": true"));
        assertThat(handler.handleRequest(event, null).getStatusCode()).isEqualTo(200);
    }

    @ParameterizedTest
    @Event(value = "../events/erase-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void a_reason_is_required(APIGatewayV2HTTPEvent event) {
        aDossierNotSelected();
        event.setBody("{\"force\": true}");

        var response = handler.handleRequest(event, null);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(faultyFields(response)).containsExactly("reason required");
        assertThat(candidacies.stored(DOSSIER).erased()).isFalse();
    }

    @ParameterizedTest
    @Event(value = "../events/erase-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void an_organiser_of_another_region_or_a_juror_erases_nothing(APIGatewayV2HTTPEvent event) {
        aDossierNotSelected();

        var otherRegion = handler.handleRequest(AdminEvents.asRegionalOrganiser(event, "IDF"), null);
        var juror = handler.handleRequest(AdminEvents.asJuror(event, "juror-1"), null);

        assertThat(otherRegion.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(otherRegion)).isEqualTo("out_of_region");
        assertThat(juror.getStatusCode()).isEqualTo(403);
        assertThat(errorCode(juror)).isEqualTo("forbidden");
        assertThat(candidacies.stored(DOSSIER).erased()).isFalse();
        assertThat(auditLog.entries()).isEmpty();
    }
}
