package fr.interconnectes.candidatures.local.e2e;

import fr.interconnectes.candidatures.functions.Invocations;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import com.amazonaws.services.lambda.runtime.tests.annotations.Events;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import fr.interconnectes.candidatures.local.runtime.LocalFunction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * The sample events of events/ (the ones `sam local invoke -e` would take) are loaded with the Lambda
 * runtime's own serialization and invoked on the functions the template routes them to.
 */
class EventSamplesTest {

    private final TestEmulators backend = TestEmulators.get();

    private APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
        HttpRoute route = backend.backend().deployment().routes().stream()
                .filter(r -> r.routeKey().equals(event.getRouteKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no route " + event.getRouteKey() + " in template.yaml"));
        return Invocations.response(route.function().invoke(Invocations.json(event)));
    }

    private static JsonNode json(APIGatewayV2HTTPResponse response) throws Exception {
        return Api.JSON.readTree(response.getBody());
    }

    @ParameterizedTest
    @Event(value = "../events/list-campaigns.json", type = APIGatewayV2HTTPEvent.class)
    void list_campaigns(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(json(response).get("campaigns").findValuesAsText("id"))
                .contains("aura-2019-label", "aura-2019-startup", "aura-2027-label", "aura-2027-startup",
                        "national-2027-label", "national-2027-startup");
    }

    @ParameterizedTest
    @Event(value = "../events/get-campaign.json", type = APIGatewayV2HTTPEvent.class)
    void get_campaign(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("closed");
        assertThat(json(response).at("/regionalSelection/place").asText()).isEqualTo("Annecy");
    }

    @ParameterizedTest
    @Event(value = "../events/create-candidacy.json", type = APIGatewayV2HTTPEvent.class)
    void create_candidacy(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(201);
        assertThat(json(response).get("status").asText()).isEqualTo("draft");
        assertThat(response.getHeaders()).containsKey("Location");
    }

    /** Their token is a sample one: the functions answer as for any stranger, without revealing anything. */
    @ParameterizedTest
    @Events(type = APIGatewayV2HTTPEvent.class, events = {
            @Event("../events/get-candidacy.json"),
            @Event("../events/update-candidacy.json"),
            @Event("../events/request-upload.json"),
            @Event("../events/complete-upload.json"),
            @Event("../events/delete-attachment.json"),
            @Event("../events/submit-candidacy.json"),
            @Event("../events/withdraw-candidacy.json")})
    void applicant_routes_refuse_an_unknown_token(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(event.getRouteKey() + " " + response.getBody()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("candidacy_not_found");
    }

    @ParameterizedTest
    @Event(value = "../events/send-access-links.json", type = APIGatewayV2HTTPEvent.class)
    void send_access_links(APIGatewayV2HTTPEvent event) {
        assertThat(invoke(event).getStatusCode()).isEqualTo(202);
    }

    /** The samples carry the claims API Gateway's JWT authorizer passes on: a national organiser's. */
    @ParameterizedTest
    @Events(type = APIGatewayV2HTTPEvent.class, events = {
            @Event("../events/record-decision.json"),
            @Event("../events/clear-decision.json")})
    void decision_routes_answer_404_for_an_unknown_dossier(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(event.getRouteKey() + " " + response.getBody()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("candidacy_not_found");
    }

    /**
     * The /admin/ samples carry the claims API Gateway's JWT authorizer passes on; their dossier is a sample
     * one, so the functions answer as for any unknown dossier.
     */
    @ParameterizedTest
    @Events(type = APIGatewayV2HTTPEvent.class, events = {
            @Event("../events/assign-jurors.json"),
            @Event("../events/declare-conflict.json"),
            @Event("../events/put-my-scores.json"),
            @Event("../events/get-scores.json")})
    void jury_routes_refuse_an_unknown_dossier(APIGatewayV2HTTPEvent event) throws Exception {
        assertThat(event.getRequestContext().getAuthorizer().getJwt().getClaims()).containsKeys("sub", "cognito:groups");
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(event.getRouteKey() + " " + response.getBody()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("candidacy_not_found");
    }

    @ParameterizedTest
    @Event(value = "../events/review-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void review_decisions(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("campaignId").asText()).isEqualTo("aura-2019-label");
        assertThat(json(response).has("counts")).isTrue();
    }

    @ParameterizedTest
    @Event(value = "../events/send-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void send_decisions(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("campaignId").asText()).isEqualTo("aura-2019-startup");
        assertThat(json(response).has("mailsRecorded")).isTrue();
    }

    /** A regional organiser of Auvergne-Rhône-Alpes reads their campaign's log. */
    @ParameterizedTest
    @Event(value = "../events/read-audit-log.json", type = APIGatewayV2HTTPEvent.class)
    void read_audit_log(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("limit").asInt()).isEqualTo(20);
        assertThat(json(response).get("entries").isArray()).isTrue();
    }

    @ParameterizedTest
    @Event(value = "../events/list-my-assignments.json", type = APIGatewayV2HTTPEvent.class)
    void list_my_assignments(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("campaignId").asText()).isEqualTo("aura-2027-label");
        assertThat(json(response).get("assignments").isArray()).isTrue();
    }

    /** On a real submitted dossier, the samples' claims and bodies are accepted as they are. */
    @ParameterizedTest
    @Events(type = APIGatewayV2HTTPEvent.class, events = {
            @Event("../events/assign-jurors.json"),
            @Event("../events/put-my-scores.json")})
    void jury_samples_work_on_a_real_dossier(APIGatewayV2HTTPEvent event) throws Exception {
        var dossier = AdminCalls.submittedDossier(new Api(backend.apiUrl()), "aura-2027-label", "samples");
        var admin = new AdminCalls(backend);
        var jurorOfTheScoresSample = new AdminCalls.Caller("f47ac10b-58cc-4372-a567-0e02b2c3d479", null, "[jurors]", null);
        assertThat(admin.assignJurors(AdminCalls.Caller.organiser(), dossier.id(),
                Map.of("jurorIds", java.util.List.of(jurorOfTheScoresSample.sub()))).status()).isEqualTo(200);
        event.setPathParameters(Map.of("candidacyId", dossier.id()));

        var response = invoke(event);

        assertThat(response.getStatusCode()).as(event.getRouteKey() + " " + response.getBody()).isEqualTo(200);
        assertThat(json(response).get("candidacyId").asText()).isEqualTo(dossier.id());
        assertThat(response.getBody()).doesNotContain(dossier.token());
    }

    /** The claims as API Gateway's JWT authorizer passes them ({@code cognito:groups} as {@code [a b]}). */
    @ParameterizedTest
    @Event(value = "../events/who-am-i.json", type = APIGatewayV2HTTPEvent.class)
    void who_am_i(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(json(response).get("sub").asText()).isEqualTo("8a1f4c2e-5b7d-4e0a-9c3b-2d6e8f0a1b2c");
        assertThat(json(response).get("email").asText()).isEqualTo("claire.martin@example.org");
        assertThat(json(response).get("roles").toString()).isEqualTo("[\"regional-organiser\",\"juror\"]");
        assertThat(json(response).get("region").asText()).isEqualTo("ARA");
    }

    @Test
    void scheduled_functions_take_their_eventbridge_samples() throws Exception {
        for (var entry : Map.of("DeliverPendingMailsFunction", "deliver-pending-mails.json",
                "CloseCampaignsFunction", "close-campaigns.json",
                "SendDraftRemindersFunction", "send-draft-reminders.json").entrySet()) {
            LocalFunction function = backend.backend().deployment().functions().get(entry.getKey());
            byte[] event = Files.readAllBytes(ProjectRoot.locate().resolve("events").resolve(entry.getValue()));
            assertThat(Invocations.summary(function.invoke(event))).isNotEmpty();
        }
    }

    /** SES's bounce of a sample dossier's mail, as SNS delivers it: about no dossier here, so passed over. */
    @Test
    void mail_events_take_their_sns_sample() throws Exception {
        LocalFunction function = backend.backend().deployment().functions().get("RecordMailEventsFunction");
        assertThat(backend.backend().deployment().snsSubscribers()).containsExactly(function);
        byte[] event = Files.readAllBytes(ProjectRoot.locate().resolve("events").resolve("record-mail-events.json"));

        assertThat(Invocations.summary(function.invoke(event)))
                .isEqualTo(Map.of("received", 1, "recorded", 0, "ignored", 1));
    }

    /** The samples' dossier is a sample one: the mail routes answer as for any unknown dossier or link. */
    @ParameterizedTest
    @Events(type = APIGatewayV2HTTPEvent.class, events = {
            @Event("../events/list-dossier-mails.json"),
            @Event("../events/resend-mail.json"),
            @Event("../events/stop-reminders.json")})
    void mail_routes_refuse_an_unknown_dossier(APIGatewayV2HTTPEvent event) throws Exception {
        var response = invoke(event);
        assertThat(response.getStatusCode()).as(event.getRouteKey() + " " + response.getBody()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isIn("candidacy_not_found", "invalid_unsubscribe_link");
    }

    @Test
    void every_function_of_the_template_has_a_sample_event() {
        Path events = ProjectRoot.locate().resolve("events");
        for (String logicalId : backend.backend().deployment().functions().keySet()) {
            String file = logicalId.replaceAll("Function$", "").replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase() + ".json";
            assertThat(Files.isRegularFile(events.resolve(file))).as("events/" + file + " for " + logicalId).isTrue();
        }
    }
}
