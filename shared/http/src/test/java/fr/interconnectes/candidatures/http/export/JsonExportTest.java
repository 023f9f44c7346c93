package fr.interconnectes.candidatures.http.export;

import fr.interconnectes.candidatures.reporting.ExportColumns;
import fr.interconnectes.candidatures.reporting.ExportRow;
import fr.interconnectes.candidatures.reporting.Samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class JsonExportTest {

    private static final Instant GENERATED = Instant.parse("2019-10-18T07:00:00Z");

    private static JsonNode export(Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExport.write(out, Samples.campaign(), ExportColumns.of(Samples.campaign(), language), Samples.rows(),
                GENERATED);
        return Json.mapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void the_document_shape() throws IOException {
        JsonNode doc = export(Language.FR);

        assertThat(names(doc)).containsExactly("campaign", "language", "generatedAt", "columns", "dossiers");
        assertThat(doc.get("language").asText()).isEqualTo("fr");
        assertThat(doc.get("generatedAt").asText()).isEqualTo("2019-10-18T09:00:00+02:00");

        JsonNode campaign = doc.get("campaign");
        assertThat(campaign.get("id").asText()).isEqualTo("aura-2019-label");
        assertThat(campaign.get("title").asText()).isEqualTo("Label Territoires Innovants 2019 — Auvergne-Rhône-Alpes");
        assertThat(campaign.at("/region/code").asText()).isEqualTo("ARA");
        assertThat(campaign.get("track").asText()).isEqualTo("label");
        assertThat(campaign.get("edition").asInt()).isEqualTo(2019);
        assertThat(campaign.get("closesAt").asText()).isEqualTo("2019-10-10T23:59:59+02:00");
        assertThat(campaign.get("timeZone").asText()).isEqualTo("Europe/Paris");

        assertThat(doc.get("dossiers")).hasSize(3);
    }

    @Test
    void columns_list_keys_and_labels_in_the_export_language() throws IOException {
        JsonNode fr = export(Language.FR).get("columns");
        JsonNode en = export(Language.EN).get("columns");
        assertThat(fr).hasSize(23);
        assertThat(fr.get(0).get("key").asText()).isEqualTo("receiptNumber");
        assertThat(fr.get(0).get("label").asText()).isEqualTo("Numéro de dépôt");
        assertThat(en.get(0).get("label").asText()).isEqualTo("Receipt number");
        assertThat(fr.get(17).get("key").asText()).isEqualTo("criteria.innovation");
        assertThat(fr.get(17).get("criterionId").asText()).isEqualTo("innovation");
        assertThat(fr.get(18).get("label").asText()).isEqualTo("Prise en compte des usagers");
        assertThat(en.get(18).get("label").asText()).isEqualTo("User focus");
        assertThat(fr.get(22).get("key").asText()).isEqualTo("decision");

        List<String> labels = new ArrayList<>();
        fr.forEach(c -> labels.add(c.get("label").asText()));
        assertThat(labels).isEqualTo(ExportColumns.of(Samples.campaign(), Language.FR).headers());
    }

    @Test
    void a_dossier_has_every_key_in_order_typed() throws IOException {
        JsonNode evian = export(Language.FR).get("dossiers").get(0);

        assertThat(names(evian)).containsExactly("receiptNumber", "candidacyId", "status", "organisation", "kind",
                "siren", "contactName", "contactEmail", "contactPhone", "projectTitle", "summary", "submittedAt",
                "files", "rank", "score", "scoresReceived", "spread", "criteria", "decision");
        assertThat(evian.get("organisation").asText()).isEqualTo(Samples.EVIAN);
        assertThat(evian.get("kind").asText()).isEqualTo("epci");
        assertThat(evian.get("contactPhone").asText()).isEqualTo("+33450338888");
        assertThat(evian.get("summary").asText()).contains("\"en ligne\"\net");
        assertThat(evian.get("submittedAt").asText()).isEqualTo("2019-10-10T23:59:59+02:00");
        assertThat(evian.get("files").isInt()).isTrue();
        assertThat(evian.get("rank").asInt()).isEqualTo(1);
        assertThat(evian.get("score").isNumber()).isTrue();
        assertThat(evian.get("score").decimalValue()).isEqualByComparingTo("12.50");
        assertThat(evian.get("scoresReceived").asInt()).isEqualTo(4);
        assertThat(evian.get("spread").decimalValue()).isEqualByComparingTo("1.25");
        assertThat(names(evian.get("criteria"))).containsExactly("innovation", "user_focus", "partnership",
                "pooling_interoperability", "return_on_investment");
        assertThat(evian.at("/criteria/partnership").decimalValue()).isEqualByComparingTo("6.33");
        assertThat(evian.at("/criteria/return_on_investment").decimalValue()).isEqualByComparingTo("5.13");
        assertThat(evian.get("decision").asText()).isEqualTo("finalist");
    }

    @Test
    void numbers_are_written_with_two_decimals_and_text_as_is() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExport.write(out, Samples.campaign(), ExportColumns.of(Samples.campaign(), Language.FR),
                List.of(Samples.hostile()), GENERATED);
        String json = out.toString(StandardCharsets.UTF_8);

        assertThat(json).contains("\"score\":-1.50,").contains("\"spread\":null,")
                .contains("\"criteria\":{\"innovation\":-1.50,\"user_focus\":null,");
        // JSON is not a spreadsheet: no quote added, the value is the applicant's
        JsonNode hostile = Json.mapper().readTree(json).get("dossiers").get(0);
        assertThat(hostile.get("organisation").asText()).startsWith("=HYPERLINK(");
        assertThat(hostile.get("contactPhone").asText()).isEqualTo("\t=1+1");
        assertThat(hostile.get("decision").asText()).isEqualTo("not_selected");
    }

    @Test
    void missing_values_are_null_never_left_out() throws IOException {
        JsonNode draft = export(Language.FR).get("dossiers").get(2);

        assertThat(names(draft)).hasSize(19);
        for (String key : List.of("receiptNumber", "organisation", "kind", "siren", "contactName", "contactEmail",
                "contactPhone", "projectTitle", "summary", "submittedAt", "rank", "score", "spread", "decision")) {
            assertThat(draft.get(key).isNull()).as(key).isTrue();
        }
        assertThat(draft.get("status").asText()).isEqualTo("draft");
        assertThat(draft.get("files").asInt()).isZero();
        assertThat(draft.get("criteria")).hasSize(5).allMatch(JsonNode::isNull);
    }

    @Test
    void the_stream_is_flushed_not_closed() throws IOException {
        AtomicInteger closed = new AtomicInteger();
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed.incrementAndGet();
            }
        };
        JsonExport.write(out, Samples.campaign(), ExportColumns.of(Samples.campaign(), Language.FR), List.of(),
                GENERATED);
        assertThat(closed).hasValue(0);
        assertThat(Json.mapper().readTree(out.toByteArray()).get("dossiers")).isEmpty();
    }

    private static long size(List<ExportRow> rows) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonExport.write(out, Samples.campaign(), ExportColumns.of(Samples.campaign(), Language.FR), rows,
                GENERATED);
        return out.size();
    }

    @Test
    void a_hundred_thousand_dossiers_are_pulled_one_by_one_while_the_output_flows() throws IOException {
        int count = 100_000;
        AtomicLong sinkBytes = new AtomicLong();
        long[] bytesWhenPulled = new long[count];
        int[] pulled = {0};
        ExportRow evian = Samples.evian();
        Iterable<ExportRow> rows = () -> new Iterator<>() {
            @Override
            public boolean hasNext() {
                return pulled[0] < count;
            }

            @Override
            public ExportRow next() {
                bytesWhenPulled[pulled[0]++] = sinkBytes.get();
                return evian;
            }
        };
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                sinkBytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                sinkBytes.addAndGet(len);
            }
        };

        JsonExport.write(sink, Samples.campaign(), ExportColumns.of(Samples.campaign(), Language.FR), rows,
                GENERATED);

        assertThat(pulled[0]).isEqualTo(count);
        long rowBytes = size(List.of(Samples.evian(), Samples.evian())) - size(List.of(Samples.evian()));
        assertThat(sinkBytes.get()).isGreaterThan(count * rowBytes);
        for (int n = 0; n < count; n += 997) {
            assertThat(bytesWhenPulled[n]).as("bytes out when dossier %d was pulled", n)
                    .isGreaterThanOrEqualTo(n * rowBytes - 64 * 1024);
        }
    }
}
