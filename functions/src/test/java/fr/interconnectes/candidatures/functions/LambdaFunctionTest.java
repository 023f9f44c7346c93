package fr.interconnectes.candidatures.functions;

import com.amazonaws.services.lambda.runtime.Context;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.config.Priming;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.functions.jobs.RecordMailEventsHandler;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import fr.interconnectes.candidatures.http.gateway.SnsEvent;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every function does around a SnapStart snapshot: priming before it, renewal after a restore. */
class LambdaFunctionTest {

    /** Records what priming hands it, and whether it ran as priming. */
    private static final class RecordingFunction extends HttpFunction {

        private final List<ApiRequest> received = new ArrayList<>();
        private boolean whilePriming;

        @Override
        protected ApiResponse handle(ApiRequest request) {
            received.add(request);
            whilePriming = Priming.active();
            return ApiResponse.json(200, Map.of());
        }
    }

    @Test
    void priming_sends_one_request_naming_nothing_with_a_token_of_no_dossier_through_the_real_path_as_priming() {
        RecordingFunction function = new RecordingFunction();

        function.beforeCheckpoint(null);

        assertThat(function.received).singleElement().satisfies(request -> {
            assertThat(request.method()).isEqualTo("GET");
            assertThat(request.campaignId()).isEqualTo(HttpFunction.PRIMING_ID);
            assertThat(request.candidacyId()).isEqualTo(HttpFunction.PRIMING_ID);
            assertThat(request.header("Authorization")).contains("Bearer " + HttpFunction.PRIMING_ID);
            assertThat(request.claims()).isEmpty();
            assertThat(request.body()).isNull();
        });
        assertThat(function.whilePriming).isTrue();
        assertThat(Priming.active()).as("priming is over").isFalse();
    }

    @Test
    void a_job_that_fails_while_priming_does_not_fail_the_snapshot() {
        ScheduledFunction failing = new ScheduledFunction() {
            @Override
            protected Map<String, Object> run(ScheduledEvent event, Context context) {
                throw new IllegalStateException("refused while priming for the SnapStart snapshot: DynamoDb.UpdateItem");
            }
        };

        failing.beforeCheckpoint(null);

        assertThat(Priming.active()).isFalse();
    }

    @Test
    void an_sns_function_is_primed_with_a_notification_it_passes_over_writing_nothing() {
        List<SnsEvent> received = new ArrayList<>();
        SnsFunction recording = new SnsFunction() {
            @Override
            protected Map<String, Object> handle(SnsEvent event, Context context) {
                received.add(event);
                return Map.of();
            }
        };
        InMemoryCandidacies candidacies = new InMemoryCandidacies();

        recording.beforeCheckpoint(null);
        new RecordMailEventsHandler(candidacies).beforeCheckpoint(null);

        assertThat(received).singleElement().satisfies(event -> assertThat(event.messages()).containsExactly("{}"));
        assertThat(candidacies.updates()).isZero();
        assertThat(Priming.active()).isFalse();
    }

    @Test
    void an_sns_event_reads_back_its_notifications_as_sns_writes_them() {
        SnsEvent event = new SnsEvent(List.of(new SnsEvent.Notification("id-1", "arn:topic", "2027-10-10T14:03:15Z",
                "{\"eventType\": \"Bounce\"}"), new SnsEvent.Notification("id-2", "arn:topic", null, "second")));

        SnsEvent read = SnsEvent.read(new java.io.ByteArrayInputStream(
                event.toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)));

        assertThat(read).isEqualTo(event);
        assertThat(SnsEvent.read(new java.io.ByteArrayInputStream(new byte[0])).records()).isEmpty();
    }

    @Test
    void after_a_restore_the_random_generator_of_tokens_and_ids_is_a_new_one() {
        var before = AccessTokens.generator();

        new RecordingFunction().afterRestore(null);

        assertThat(AccessTokens.generator()).isNotSameAs(before);
        assertThat(AccessTokens.randomId(12)).hasSize(16);
    }
}
