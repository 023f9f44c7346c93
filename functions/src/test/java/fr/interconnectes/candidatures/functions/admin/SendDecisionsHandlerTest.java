package fr.interconnectes.candidatures.functions.admin;

import fr.interconnectes.candidatures.testing.RecordingMetrics;
import static fr.interconnectes.candidatures.functions.Invocations.invoke;
import static fr.interconnectes.candidatures.functions.HandlerResponses.body;
import static fr.interconnectes.candidatures.functions.HandlerResponses.errorCode;
import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.tests.annotations.Event;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import fr.interconnectes.candidatures.notifications.DecisionMail;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryReceiptCounters;
import fr.interconnectes.candidatures.testing.PlainMailTemplates;
import fr.interconnectes.candidatures.testing.RecordingMailer;
import fr.interconnectes.candidatures.testing.TestClock;
import org.junit.jupiter.params.ParameterizedTest;

/** The sample event of {@code sam local invoke -e events/send-decisions.json}, through the handler's seam. */
class SendDecisionsHandlerTest {

    /** The start-up campaign the sample event sends, and the national forum it tells its finalists. */
    private static final Campaign CAMPAIGN = Fixtures.startupCampaign();
    private static final String FORUM = "Forum national des Interconnectés, Lyon, 12 et 13 décembre 2019";

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryAuditLog auditLog = new InMemoryAuditLog();
    private final RecordingMailer mailer = new RecordingMailer();
    private final PlainMailTemplates templates = new PlainMailTemplates();
    private final TestClock clock = TestClock.at("2019-10-18T08:00:00Z");
    private final SendDecisionsHandler handler = new SendDecisionsHandler(new InMemoryCampaigns(CAMPAIGN),
            candidacies, new InMemoryReceiptCounters(), auditLog, mailer, templates, Fixtures.tokens(),
            new DossierLinks(Fixtures.PUBLIC_BASE_URL), clock, new RecordingMetrics());

    /** A finalist and a start-up not selected, both still to be told, and one dossier left undecided. */
    private void storeDecidedDossiers() {
        candidacies.put(decided("cFinalist", "ARA-2019-S-0001", Decision.Outcome.FINALIST));
        candidacies.put(decided("cNotSelected", "ARA-2019-S-0002", Decision.Outcome.NOT_SELECTED));
        candidacies.put(Fixtures.submittedTo(CAMPAIGN, "cUndecided", "ARA-2019-S-0003", Fixtures.DURING_CALL));
    }

    private static Candidacy decided(String id, String number, Decision.Outcome outcome) {
        return Fixtures.submittedTo(CAMPAIGN, id, number, Fixtures.DURING_CALL)
                .withDecision(new Decision(outcome, null, "organiser-sub", Fixtures.DURING_CALL, null));
    }

    @ParameterizedTest
    @Event(value = "../events/send-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void each_decided_applicant_is_told_once_with_the_forum_for_the_finalist(APIGatewayV2HTTPEvent event) {
        storeDecidedDossiers();

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(response.getHeaders()).containsEntry("Content-Type", "application/json; charset=utf-8");
        var sent = body(response);
        assertThat(sent.get("campaignId").asText()).isEqualTo("aura-2019-startup");
        assertThat(sent.get("mailsRecorded").asInt()).isEqualTo(2);
        assertThat(sent.get("mailsSent").asInt()).isEqualTo(2);
        assertThat(sent.get("mailsPending").asInt()).isZero();
        assertThat(sent.get("undecided").asInt()).isEqualTo(1);
        assertThat(sent.get("carried").asInt()).isZero();
        assertThat(mailer.sentTo("contact@cFinalist.test")).hasSize(1);
        assertThat(mailer.sentTo("contact@cNotSelected.test")).hasSize(1);
        assertThat(mailer.sentTo("contact@cUndecided.test")).isEmpty();
        assertThat(templates.rendered(DecisionMail.class))
                .filteredOn(m -> m.outcome() == DecisionMail.Outcome.FINALIST).singleElement()
                .satisfies(m -> assertThat(m.nationalForum()).isEqualTo(FORUM));
        assertThat(candidacies.stored("cFinalist").decision().notifiedAt()).isEqualTo(clock.instant());
        assertThat(candidacies.stored("cFinalist").outbox()).singleElement()
                .satisfies(m -> assertThat(m.state()).isEqualTo(OutboxMail.State.SENT));
        assertThat(auditLog.actions()).containsExactly("decision.sent", "decision.sent");
    }

    @ParameterizedTest
    @Event(value = "../events/send-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void sending_again_tells_nobody_twice(APIGatewayV2HTTPEvent event) {
        storeDecidedDossiers();
        invoke(handler, event);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("mailsRecorded").asInt()).isZero();
        assertThat(body(response).get("alreadySent").asInt()).isEqualTo(2);
        assertThat(mailer.sent()).hasSize(2);
    }

    @ParameterizedTest
    @Event(value = "../events/send-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void when_mail_is_down_the_decisions_stay_recorded_for_the_retry_job(APIGatewayV2HTTPEvent event) {
        storeDecidedDossiers();
        mailer.refuseNext(2);

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(200);
        assertThat(body(response).get("mailsRecorded").asInt()).isEqualTo(2);
        assertThat(body(response).get("mailsSent").asInt()).isZero();
        assertThat(body(response).get("mailsPending").asInt()).isEqualTo(2);
        assertThat(mailer.sent()).isEmpty();
        assertThat(candidacies.stored("cFinalist").outbox()).singleElement()
                .satisfies(m -> assertThat(m.pending()).isTrue())
                .satisfies(m -> assertThat(m.attempts()).isEqualTo(1));
    }

    @ParameterizedTest
    @Event(value = "../events/send-decisions.json", type = APIGatewayV2HTTPEvent.class)
    void a_forum_too_long_for_the_mail_is_refused_before_anyone_is_told(APIGatewayV2HTTPEvent event) {
        storeDecidedDossiers();
        event.setBody("{\"nationalForum\": \"" + "Lyon ".repeat(101) + "\"}");

        var response = invoke(handler, event);

        assertThat(response.getStatusCode()).isEqualTo(400);
        assertThat(errorCode(response)).isEqualTo("validation_failed");
        assertThat(body(response).at("/error/fields/0/field").asText()).isEqualTo("nationalForum");
        assertThat(body(response).at("/error/fields/0/code").asText()).isEqualTo("too_long");
        assertThat(mailer.sent()).isEmpty();
        assertThat(candidacies.stored("cFinalist").decision().pending()).isTrue();
        assertThat(auditLog.entries()).isEmpty();
    }
}
