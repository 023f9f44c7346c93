package fr.interconnectes.candidatures.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.core.type.TypeReference;
import fr.interconnectes.candidatures.local.e2e.Api;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.local.runtime.LocalClock;
import fr.interconnectes.candidatures.local.runtime.LocalDeployment;
import fr.interconnectes.candidatures.local.runtime.LocalScheduler;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.io.StringReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The local-only routes, called directly: the server clock and the schedules fired by hand. */
class LocalToolsTest {

    static final List<Map<String, Object>> TICKS = new CopyOnWriteArrayList<>();

    /** A scheduled function: records the EventBridge event it is given. */
    public static final class TickHandler implements RequestStreamHandler {

        public TickHandler() {
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
            TICKS.add(Api.JSON.readValue(input, new TypeReference<Map<String, Object>>() { }));
            output.write(("ticked " + context.getFunctionName()).getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String TEMPLATE = """
            Resources:
              TickFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.interconnectes.candidatures.local.LocalToolsTest$TickHandler::handleRequest
                  Events:
                    EveryMinute:
                      Type: Schedule
                      Properties:
                        Schedule: rate(1 minute)
                    Nightly:
                      Type: Schedule
                      Properties:
                        Schedule: cron(0 2 * * ? *)
                        Enabled: false
            """;

    private final LocalClock clock = LocalClock.shared();
    private LocalScheduler scheduler;
    private LocalTools tools;

    @BeforeEach
    void setUp() {
        TICKS.clear();
        clock.reset();
        SamTemplate template = SamTemplate.parse(new StringReader(TEMPLATE));
        LocalDeployment deployment = LocalDeployment.of(template, new LocalNames(template, "eu-west-3"), Map.of());
        scheduler = new LocalScheduler(deployment.schedules(), "eu-west-3");
        tools = new LocalTools(scheduler, clock, null);
    }

    @AfterEach
    void resetTheSharedClock() {
        clock.reset();
        scheduler.close();
    }

    private ApiResponse call(String method, String path, String body) {
        return tools.handle(method, path, Map.of(), body)
                .orElseThrow(() -> new AssertionError(method + " " + path + " is not a local tool"));
    }

    private static JsonNode json(ApiResponse response) throws IOException {
        return Json.mapper().readTree(response.body());
    }

    @Test
    void putMovesTheLocalClockAndTimeRunsOnFromThere() throws IOException {
        Instant target = Instant.parse("2019-10-10T21:59:59.999Z");

        ApiResponse response = call("PUT", "/local/clock", "{\"now\": \"2019-10-10T23:59:59.999+02:00\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("adjusted").asBoolean()).isTrue();
        assertThat(Instant.parse(json(response).get("now").asText())).isBetween(target, target.plus(Duration.ofSeconds(5)));
        assertThat(clock.isAdjusted()).isTrue();
        assertThat(clock.instant()).isBetween(target, target.plus(Duration.ofSeconds(5)));
        ApiResponse state = call("GET", "/local/clock", "");
        assertThat(Instant.parse(json(state).get("now").asText())).isBetween(target, target.plus(Duration.ofSeconds(5)));
        assertThat(json(state).get("adjusted").asBoolean()).isTrue();
    }

    @Test
    void deleteBringsTheClockBackToRealTime() throws IOException {
        call("PUT", "/local/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}");
        assertThat(clock.instant()).isAfter(Instant.parse("2030-01-01T00:00:00Z").minusSeconds(1));

        Instant before = Instant.now();
        ApiResponse response = call("DELETE", "/local/clock", "");
        Instant after = Instant.now();

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("adjusted").asBoolean()).isFalse();
        assertThat(Instant.parse(json(response).get("now").asText())).isBetween(before, after);
        assertThat(clock.isAdjusted()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{", "null", "[]", "{}", "{\"now\": 5}", "{\"now\": null}",
            "{\"now\": \"tomorrow\"}", "{\"now\": \"2019-10-10T23:59:59\"}", "{\"now\": \"2019-10-10\"}",
            "{\"when\": \"2019-10-10T23:59:59Z\"}"})
    void badBodiesAreRefusedWith400AndLeaveTheClockAlone(String body) throws IOException {
        ApiResponse response = call("PUT", "/local/clock", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("validation_failed");
        assertThat(json(response).at("/error/message").asText()).isNotBlank();
        assertThat(clock.isAdjusted()).isFalse();
    }

    @Test
    void otherMethodsOnTheClockAre405() throws IOException {
        ApiResponse response = call("POST", "/local/clock", "{\"now\": \"2030-01-01T00:00:00Z\"}");

        assertThat(response.status()).isEqualTo(405);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("method_not_allowed");
        assertThat(clock.isAdjusted()).isFalse();
    }

    @Test
    void schedulesAreListed() throws IOException {
        JsonNode schedules = json(call("GET", "/local/schedules", "")).get("schedules");

        assertThat(schedules).hasSize(2);
        assertThat(schedules.get(0).get("function").asText()).isEqualTo("TickFunction");
        assertThat(schedules.get(0).get("event").asText()).isEqualTo("EveryMinute");
        assertThat(schedules.get(0).get("schedule").asText()).isEqualTo("rate(1 minute)");
        assertThat(schedules.get(0).get("enabled").asBoolean()).isTrue();
        assertThat(schedules.get(1).get("event").asText()).isEqualTo("Nightly");
        assertThat(schedules.get(1).get("enabled").asBoolean()).isFalse();
    }

    @Test
    void anUnknownScheduleIs404AndNothingRuns() throws IOException {
        ApiResponse response = call("POST", "/local/schedules/NoSuchFunction", "");

        assertThat(response.status()).isEqualTo(404);
        assertThat(json(response).at("/error/code").asText()).isEqualTo("schedule_not_found");
        assertThat(json(response).at("/error/message").asText()).contains("NoSuchFunction");
        assertThat(TICKS).isEmpty();
    }

    @Test
    void aScheduleFiredByEventNameRunsItsFunctionOnceWithAScheduledEvent() throws IOException {
        ApiResponse response = call("POST", "/local/schedules/EveryMinute", "");

        assertThat(response.status()).isEqualTo(200);
        JsonNode fired = json(response).get("fired");
        assertThat(fired).hasSize(1);
        assertThat(fired.get(0).get("function").asText()).isEqualTo("TickFunction");
        assertThat(fired.get(0).get("result").asText()).isEqualTo("ticked TickFunction");
        assertThat(TICKS).hasSize(1);
        Map<String, Object> event = TICKS.get(0);
        assertThat(event).containsEntry("detail-type", "Scheduled Event").containsEntry("source", "aws.events")
                .containsEntry("region", "eu-west-3").containsEntry("detail", Map.of());
        assertThat(event.get("resources")).isEqualTo(
                List.of("arn:aws:events:eu-west-3:000000000000:rule/TickFunctionEveryMinute"));
    }

    @Test
    void firingByFunctionRunsEveryScheduleOfIt() throws IOException {
        JsonNode fired = json(call("POST", "/local/schedules/TickFunction", "")).get("fired");

        assertThat(fired).hasSize(2);
        assertThat(TICKS).hasSize(2);
    }

    @Test
    void pathsThatAreNoToolOfItsOwnAreLeftToTheRoutes() {
        assertThat(tools.handle("GET", "/local/other", Map.of(), "")).isEmpty();
        assertThat(tools.handle("GET", "/local/schedules/TickFunction", Map.of(), "")).isEmpty();
        assertThat(tools.handle("POST", "/local/schedules", Map.of(), "")).isEmpty();
        assertThat(TICKS).isEmpty();
    }
}
