package fr.interconnectes.candidatures.adapter.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.domain.Correlation;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.port.Metric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The lines are valid embedded metric format, as CloudWatch's specification of EMF states it. */
class EmfMetricsTest {

    static final Instant NOW = Instant.parse("2026-03-10T08:00:00Z");
    static final ObjectMapper JSON = new ObjectMapper();

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final EmfMetrics metrics = new EmfMetrics("Candidatures", "candidatures-prod", "prod-SubmitCandidacyFunction-a1B2",
            new PrintStream(out, true, StandardCharsets.UTF_8), Clock.fixed(NOW, ZoneOffset.UTC));

    static Stream<Metric> everyMetric() {
        return Stream.of(new Metric.DraftCreated(Track.LABEL), new Metric.CandidacySubmitted(Track.STARTUP),
                new Metric.UploadRejected(Metric.UploadRejected.Reason.UNSUPPORTED_TYPE, null),
                new Metric.UploadRejected(Metric.UploadRejected.Reason.CONTENT_MISMATCH, FileType.PDF),
                new Metric.MailSent(), new Metric.MailRetried(), new Metric.MailGivenUp(),
                new Metric.OutboxBacklogAge(Duration.ofMinutes(12)), new Metric.DecisionsSent(40),
                new Metric.DeadlineRefused(Metric.DeadlineRefused.Operation.SUBMIT));
    }

    List<JsonNode> lines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }

    @ParameterizedTest
    @MethodSource("everyMetric")
    void each_metric_is_one_line_of_valid_emf(Metric metric) throws Exception {
        metrics.record(metric);

        List<JsonNode> lines = lines();
        assertThat(lines).hasSize(1);
        assertValidEmf(lines.get(0));
        JsonNode directive = lines.get(0).at("/_aws/CloudWatchMetrics/0");
        assertThat(directive.get("Namespace").asText()).isEqualTo("Candidatures");
        assertThat(directive.at("/Metrics/0/Name").asText()).isEqualTo(metric.name());
        assertThat(lines.get(0).get(metric.name()).asDouble()).isEqualTo(metric.value());
        assertThat(directive.get("Dimensions").get(0)).containsExactly(JSON.valueToTree("Service"));
        assertThat(lines.get(0).get("Service").asText()).isEqualTo("candidatures-prod");
        assertThat(lines.get(0).get("Function").asText()).isEqualTo("prod-SubmitCandidacyFunction-a1B2");
    }

    @Test
    void a_submission_is_counted_per_service_per_function_and_per_track_under_its_request() throws Exception {
        Correlation.call("Q1w2E3r4T5y6U7i=", () -> {
            metrics.record(new Metric.CandidacySubmitted(Track.LABEL));
            return null;
        });

        JsonNode line = lines().get(0);
        assertThat(line.toString()).isEqualTo("{\"timestamp\":\"2026-03-10T08:00:00Z\",\"level\":\"INFO\","
                + "\"logger\":\"" + EmfMetrics.class.getName() + "\",\"message\":\"metric Submissions\","
                + "\"requestId\":\"Q1w2E3r4T5y6U7i=\",\"_aws\":{\"Timestamp\":" + NOW.toEpochMilli() + ","
                + "\"CloudWatchMetrics\":[{\"Namespace\":\"Candidatures\",\"Dimensions\":[[\"Service\"],"
                + "[\"Service\",\"Function\"],[\"Service\",\"Track\"]],\"Metrics\":[{\"Name\":\"Submissions\","
                + "\"Unit\":\"Count\"}]}]},\"Service\":\"candidatures-prod\","
                + "\"Function\":\"prod-SubmitCandidacyFunction-a1B2\",\"Track\":\"label\",\"Submissions\":1}");
    }

    @Test
    void the_backlog_age_is_in_seconds() throws Exception {
        metrics.record(new Metric.OutboxBacklogAge(Duration.ofMinutes(12)));

        JsonNode line = lines().get(0);
        assertThat(line.at("/_aws/CloudWatchMetrics/0/Metrics/0/Unit").asText()).isEqualTo("Seconds");
        assertThat(line.get("OutboxBacklogAge").asLong()).isEqualTo(720);
        assertThat(line.has("requestId")).isFalse();
    }

    /**
     * The rules of the specification: an {@code _aws} object with a whole {@code Timestamp} (epoch milliseconds) and
     * {@code CloudWatchMetrics} directives, each with a {@code Namespace}, {@code Dimensions} (arrays of at most 30
     * names, each a string member of the line) and {@code Metrics} (a {@code Name}, a known {@code Unit}, and a number
     * or array of numbers under that name at the root).
     */
    static void assertValidEmf(JsonNode line) {
        JsonNode aws = line.get("_aws");
        assertThat(aws).isNotNull();
        assertThat(aws.get("Timestamp").isIntegralNumber()).isTrue();
        assertThat(aws.get("CloudWatchMetrics").isArray()).isTrue();
        assertThat(aws.get("CloudWatchMetrics")).isNotEmpty();
        for (JsonNode directive : aws.get("CloudWatchMetrics")) {
            assertThat(directive.get("Namespace").asText()).isNotBlank();
            assertThat(directive.get("Dimensions").isArray()).isTrue();
            for (JsonNode set : directive.get("Dimensions")) {
                assertThat(set.isArray()).isTrue();
                assertThat(set.size()).isBetween(1, 30);
                for (JsonNode name : set) {
                    assertThat(line.get(name.asText())).as("dimension " + name).isNotNull();
                    assertThat(line.get(name.asText()).isTextual()).isTrue();
                }
            }
            assertThat(directive.get("Metrics")).isNotEmpty();
            for (JsonNode metric : directive.get("Metrics")) {
                String name = metric.get("Name").asText();
                assertThat(metric.get("Unit").asText()).isIn("Count", "Seconds", "Milliseconds", "None");
                assertThat(line.get(name)).as("value of " + name).isNotNull();
                assertThat(line.get(name).isNumber()).isTrue();
            }
        }
    }
}
