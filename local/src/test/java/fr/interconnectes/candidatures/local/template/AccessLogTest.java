package fr.interconnectes.candidatures.local.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The local API writes the access log line template.yaml's HTTP API is set to write. */
class AccessLogTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final List<String> lines = new ArrayList<>();

    @Test
    void a_request_is_one_json_line_in_the_template_format() throws Exception {
        AccessLog log = AccessLog.fromTemplate(SamTemplate.load(ProjectRoot.locate().resolve("template.yaml")), lines::add);

        log.write(Map.of("requestId", "r-1", "routeKey", "GET /campaigns/{campaignId}", "status", "200",
                "responseLength", "1620", "responseLatency", "12", "identity.sourceIp", "127.0.0.1",
                "identity.userAgent", "curl/8.5.0 \"quoted\" \\ end"));

        assertThat(lines).hasSize(1);
        JsonNode line = JSON.readTree(lines.getFirst());
        assertThat(line.get("requestId").asText()).isEqualTo("r-1");
        assertThat(line.get("routeKey").asText()).isEqualTo("GET /campaigns/{campaignId}");
        assertThat(line.get("status").asText()).isEqualTo("200");
        assertThat(line.get("sourceIp").asText()).isEqualTo("127.0.0.1");
        assertThat(line.get("userAgent").asText()).isEqualTo("curl/8.5.0 \"quoted\" \\ end");
        assertThat(line.get("integrationError").asText()).as("a value the local API does not know").isEqualTo("-");
    }

    @Test
    void a_template_without_access_log_settings_writes_nothing() {
        SamTemplate template = SamTemplate.parse(new StringReader(
                "Resources:\n  Api:\n    Type: AWS::Serverless::HttpApi\n    Properties: {}\n"));

        AccessLog.fromTemplate(template, lines::add).write(Map.of("requestId", "r-1"));

        assertThat(lines).isEmpty();
    }
}
