package fr.interconnectes.candidatures.logging;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.domain.Correlation;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;

class JsonLinesTest {

    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final JsonLines lines = new JsonLines(new PrintStream(out, true, StandardCharsets.UTF_8));
    final System.Logger logger = new JsonLinesLoggerFinder(lines).getLogger("fr.example.Outbox", getClass().getModule());

    List<JsonNode> written() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        List<JsonNode> nodes = new java.util.ArrayList<>();
        for (String line : out.toString(StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                nodes.add(mapper.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void every_line_names_the_request_bound_around_the_call_unless_it_names_one_itself() throws Exception {
        logger.log(System.Logger.Level.INFO, "outside any request");
        Correlation.call("Q1w2E3r4T5y6U7i=", () -> {
            logger.log(System.Logger.Level.INFO, "mail sent", "candidacyId", "c1");
            logger.log(System.Logger.Level.INFO, "request handled", "requestId", "its-own");
            return null;
        });

        assertThat(written().get(0).has("requestId")).isFalse();
        assertThat(written().get(1).get("requestId").asText()).isEqualTo("Q1w2E3r4T5y6U7i=");
        assertThat(written().get(1).has("_aws")).isFalse();
        assertThat(written().get(2).get("requestId").asText()).isEqualTo("its-own");
        assertThat(written().get(2).toString()).containsOnlyOnce("requestId");
    }

    @Test
    void a_system_logger_event_is_one_line_with_its_named_fields() throws Exception {
        logger.log(System.Logger.Level.INFO, "mail sent", "candidacyId", "c1", "attempt", 2, "kind", null);

        JsonNode line = written().get(0);
        assertThat(line.get("timestamp").asText()).isNotBlank();
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("logger").asText()).isEqualTo("fr.example.Outbox");
        assertThat(line.get("message").asText()).isEqualTo("mail sent");
        assertThat(line.get("candidacyId").asText()).isEqualTo("c1");
        assertThat(line.get("attempt").isTextual()).isTrue();
        assertThat(line.get("attempt").asText()).isEqualTo("2");
        assertThat(line.get("kind").isNull()).isTrue();
        assertThat(line.has("errorType")).isFalse();
    }

    @Test
    void a_throwable_after_the_fields_is_the_error() throws Exception {
        logger.log(System.Logger.Level.ERROR, "could not record mail outcome", "mailId", "m1",
                new IllegalStateException("store down"));
        logger.log(System.Logger.Level.WARNING, "no fields", new IllegalArgumentException("bad"));

        List<JsonNode> written = written();
        assertThat(written.get(0).get("level").asText()).isEqualTo("ERROR");
        assertThat(written.get(0).get("mailId").asText()).isEqualTo("m1");
        assertThat(written.get(0).get("errorType").asText()).isEqualTo("java.lang.IllegalStateException");
        assertThat(written.get(0).get("errorMessage").asText()).isEqualTo("store down");
        assertThat(written.get(1).get("level").asText()).isEqualTo("WARN");
        assertThat(written.get(1).get("errorType").asText()).isEqualTo("java.lang.IllegalArgumentException");
    }

    @Test
    void levels_below_info_are_left_out() throws Exception {
        logger.log(System.Logger.Level.DEBUG, "noise", "a", "b");
        logger.log(System.Logger.Level.TRACE, "noise");

        assertThat(logger.isLoggable(System.Logger.Level.DEBUG)).isFalse();
        assertThat(written()).isEmpty();
    }

    @Test
    void a_message_written_for_message_format_takes_its_parameters_in_the_text() throws Exception {
        logger.log(System.Logger.Level.INFO, "connected to {0} in {1} ms", "dynamodb", 12);

        JsonNode line = written().get(0);
        assertThat(line.get("message").asText()).isEqualTo("connected to dynamodb in 12 ms");
        assertThat(line.has("dynamodb")).isFalse();
    }

    @Test
    void java_util_logging_records_are_written_the_same_way() throws Exception {
        JsonLinesHandler handler = new JsonLinesHandler(lines);
        LogRecord record = new LogRecord(Level.WARNING, "mail not sent, will retry");
        record.setLoggerName("fr.example.Outbox");
        record.setParameters(new Object[] {"candidacyId", "c1", "attempt", 1});
        handler.publish(record);
        LogRecord severe = new LogRecord(Level.SEVERE, "could not record mail outcome");
        severe.setLoggerName("fr.example.Outbox");
        severe.setThrown(new IllegalStateException("store down"));
        handler.publish(severe);

        List<JsonNode> written = written();
        assertThat(written.get(0).get("level").asText()).isEqualTo("WARN");
        assertThat(written.get(0).get("logger").asText()).isEqualTo("fr.example.Outbox");
        assertThat(written.get(0).get("candidacyId").asText()).isEqualTo("c1");
        assertThat(written.get(0).get("attempt").asText()).isEqualTo("1");
        assertThat(written.get(1).get("level").asText()).isEqualTo("ERROR");
        assertThat(written.get(1).get("errorMessage").asText()).isEqualTo("store down");
    }

    @Test
    void the_finder_is_the_one_the_jvm_uses_when_this_module_is_on_the_class_path() {
        assertThat(System.LoggerFinder.getLoggerFinder()).isInstanceOf(JsonLinesLoggerFinder.class);
    }

    @Test
    void java_util_logging_is_routed_to_json_lines_once_a_json_logger_is_loaded() {
        JsonLogger.of(JsonLinesTest.class);

        java.util.logging.Handler[] handlers = java.util.logging.Logger.getLogger("").getHandlers();
        assertThat(handlers).hasSize(1);
        assertThat(handlers[0]).isInstanceOf(JsonLinesHandler.class);
    }
}
