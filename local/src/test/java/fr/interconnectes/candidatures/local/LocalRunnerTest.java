package fr.interconnectes.candidatures.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What the runner prints at start works as printed. */
class LocalRunnerTest {

    @Test
    void the_printed_demo_tokens_open_admin_me_with_their_roles() throws Exception {
        LocalBackend backend = TestEmulators.get().backend();

        List<String> lines = LocalRunner.demoTokenLines(backend);

        Map<String, String> exports = new LinkedHashMap<>();
        lines.stream().map(String::trim).filter(l -> l.startsWith("export ")).forEach(l -> {
            String assignment = l.substring("export ".length());
            exports.put(assignment.substring(0, assignment.indexOf('=')), assignment.substring(assignment.indexOf('=') + 1));
        });
        assertThat(exports).containsOnlyKeys("ORGANISER_TOKEN", "REGIONAL_ORGANISER_TOKEN", "JUROR_1_TOKEN", "JUROR_2_TOKEN");
        assertThat(lines).anySatisfy(l -> assertThat(l).contains("curl -H \"Authorization: Bearer $ORGANISER_TOKEN\" "
                + backend.apiUrl() + "/admin/me"));
        assertThat(lines).allSatisfy(l -> assertThat(l).doesNotContain("\t"));

        Map<String, String> expected = Map.of(
                "ORGANISER_TOKEN", "organiser-national [\"organiser\"] -",
                "REGIONAL_ORGANISER_TOKEN", "organiser-ara [\"regional-organiser\"] ARA",
                "JUROR_1_TOKEN", "juror-1 [\"juror\"] -",
                "JUROR_2_TOKEN", "juror-2 [\"juror\"] -");
        HttpClient http = HttpClient.newHttpClient();
        for (var export : exports.entrySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(backend.apiUrl() + "/admin/me"))
                    .header("Authorization", "Bearer " + export.getValue()).GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(export.getKey() + " " + response.body()).isEqualTo(200);
            JsonNode me = new ObjectMapper().readTree(response.body());
            assertThat(me.get("sub").asText() + " " + me.get("roles") + " " + me.path("region").asText("-"))
                    .isEqualTo(expected.get(export.getKey()));
        }
    }
}
