package fr.interconnectes.candidatures.local.e2e;

import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import fr.interconnectes.candidatures.functions.Invocations;
import fr.interconnectes.candidatures.functions.candidacies.SubmitCandidacyHandler;
import fr.interconnectes.candidatures.functions.jobs.DeliverRecordedMailsHandler;
import fr.interconnectes.candidatures.local.emulator.FreePort;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.LocalClock;
import fr.interconnectes.candidatures.local.runtime.LocalRuntime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Nothing lost: a submission records its confirmation in the dossier's outbox and answers without SES; the table's
 * stream function, finding SES down, leaves it there with a backoff, and the retry job delivers it later, exactly once.
 */
class MailDeliveryTest {

    static final String OPEN = "aura-2027-label";

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    @AfterEach
    void realTime() {
        LocalClock.shared().reset();
    }

    @Test
    void a_submission_survives_an_ses_outage_and_the_job_delivers_the_mail_exactly_once() {
        String email = Applicants.uniqueEmail("outage");
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(email));
        Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());

        // the submit and stream functions as deployed (no-arg constructors, template environment), SES unreachable;
        // invoked here rather than through the local API, whose stand-in for the stream would send at once
        String unreachable = "http://127.0.0.1:" + FreePort.find();
        Map<String, String> environment = deployed("SubmitCandidacyFunction", unreachable);
        SubmitCandidacyHandler handler = LocalRuntime.runWith(environment, SubmitCandidacyHandler::new);
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRouteKey("POST /candidacies/{candidacyId}/submit")
                .withRawPath("/candidacies/" + dossier.id() + "/submit")
                .withHeaders(Map.of("authorization", dossier.auth()))
                .withPathParameters(Map.of("candidacyId", dossier.id()))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod("POST")
                                .withPath("/candidacies/" + dossier.id() + "/submit").build())
                        .build())
                .build();

        APIGatewayV2HTTPResponse response = LocalRuntime.runWith(environment, () -> invoke(handler, event));

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        var stored = api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json();
        assertThat(stored.get("status").asText()).isEqualTo("submitted");
        assertThat(stored.at("/mails/0/kind").asText()).isEqualTo("confirmation");
        assertThat(stored.at("/mails/0/status").asText()).isEqualTo("pending");
        assertThat(backend.mailsTo(email)).isEmpty();

        Map<String, String> streamEnvironment = deployed("DeliverRecordedMailsFunction", unreachable);
        DeliverRecordedMailsHandler stream = LocalRuntime.runWith(streamEnvironment, DeliverRecordedMailsHandler::new);
        List<String> handedBack = LocalRuntime.runWith(streamEnvironment,
                () -> invoke(stream, Invocations.streamBatch(dossier.id())));
        assertThat(handedBack).as("a mail SES refuses is the retry job's, not the stream's").isEmpty();
        assertThat(backend.mailsTo(email)).isEmpty();

        // SES is back; the job runs on time (the first retry is due one minute later)
        fireRetryJob();
        assertThat(backend.mailsTo(email)).as("not due yet").isEmpty();
        LocalClock.shared().travelTo(Instant.now().plus(Duration.ofMinutes(2)));
        fireRetryJob();
        fireRetryJob();

        var mails = backend.mailsTo(email);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains(stored.at("/receipt/number").asText());
        assertThat(mails.get(0).text()).contains("/dossier.html#" + dossier.id() + ".");
        assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json().at("/mails/0/status").asText())
                .isEqualTo("sent");
    }

    @Test
    void through_the_api_the_stream_function_sends_the_confirmation_before_the_answer_arrives() {
        String email = Applicants.uniqueEmail("stream");
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(email));
        Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
        var streamFunction = backend.backend().deployment().functions().get("DeliverRecordedMailsFunction");
        long before = streamFunction.invocations();

        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null,
                "Authorization", dossier.auth());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(streamFunction.invocations()).as("the local stand-in for the table's stream").isGreaterThan(before);
        assertThat(backend.mailsTo(email)).singleElement().satisfies(mail -> assertThat(mail.subject())
                .contains(submitted.json().at("/receipt/number").asText()));
        assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json()
                .at("/mails/0/status").asText()).isEqualTo("sent");
    }

    /** The function's environment as deployed locally, its SES endpoint made unreachable. */
    private Map<String, String> deployed(String function, String unreachableSes) {
        Map<String, String> environment = new java.util.HashMap<>(backend.backend().deployment().functions()
                .get(function).environment());
        environment.put("AWS_ENDPOINT_URL_SESV2", unreachableSes);
        return environment;
    }

    private void fireRetryJob() {
        Api.Response fired = api.post("/local/schedules/DeliverPendingMailsFunction", null);
        assertThat(fired.status()).as(fired.body()).isEqualTo(200);
    }
}
