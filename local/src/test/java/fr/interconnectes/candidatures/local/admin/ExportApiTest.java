package fr.interconnectes.candidatures.local.admin;

import static fr.interconnectes.candidatures.local.admin.AdminCalls.ARA_ORGANISER;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.JUROR;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.e2e.E2e;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The export route: a spreadsheet-safe CSV (BOM, ; and decimal commas by default) and JSON. */
class ExportApiTest {

    private final E2e e2e = new E2e(TestEmulators.get().apiUrl());

    @Test
    void csv_and_json_exports_carry_the_dossiers_safely() {
        var form = Applicants.labelForm(Applicants.uniqueEmail("export"));
        ((ObjectNode) form.get("applicant")).put("organisation", "=HYPERLINK(\"http://evil\";\"Cliquez\") Ville d'Évian");
        var dossier = Applicants.create(e2e.api(), "aura-2027-label", form);
        String receipt = e2e.submit(dossier);

        var csv = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export", Map.of("format", "csv"), null);
        assertThat(csv.status()).as(csv.body()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("aura-2027-label-dossiers.csv");
        assertThat(csv.body()).startsWith("\uFEFF").contains("Numéro de dépôt;").contains(receipt);
        String line = csv.body().lines().filter(l -> l.contains(receipt)).findFirst().orElseThrow();
        assertThat(line).contains("\"'=HYPERLINK(\"\"http://evil\"\";\"\"Cliquez\"\") Ville d'Évian\"");
        assertThat(line).doesNotContain(dossier.token());

        var english = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export",
                Map.of("format", "csv", "separator", ",", "language", "en"), null);
        assertThat(english.body()).contains("Receipt number,");

        var json = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export", Map.of("format", "json"), null);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("dossiers").findValuesAsText("receiptNumber")).contains(receipt);

        assertThat(call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export", Map.of("format", "xls"), null)
                .status()).isEqualTo(400);
        assertThat(call(JUROR, "GET", "/admin/campaigns/aura-2027-label/export", Map.of(), null).errorCode())
                .isEqualTo("forbidden");
    }

    @Test
    void a_stored_export_is_a_link_to_the_whole_file_in_the_bucket() throws Exception {
        var dossier = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("exportlink")));
        String receipt = e2e.submit(dossier);

        var inline = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export", Map.of("format", "csv"), null);
        var linked = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export",
                Map.of("format", "csv", "delivery", "link"), null);

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(linked.json().get("fileName").asText()).isEqualTo("aura-2027-label-dossiers.csv");
        String url = linked.json().at("/download/url").asText();
        assertThat(url).contains("exports/aura-2027-label/");
        var file = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElse("")).contains("aura-2027-label-dossiers.csv");
        long rows = linked.json().get("rows").asLong();
        assertThat(file.body()).startsWith("\uFEFF").contains(receipt);
        assertThat(file.body().lines().count()).as("header and every row").isEqualTo(rows + 1)
                .isEqualTo(inline.body().lines().count());

        assertThat(call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/export", Map.of("delivery", "mail"), null)
                .errorCode()).isEqualTo("validation_failed");
    }
}
