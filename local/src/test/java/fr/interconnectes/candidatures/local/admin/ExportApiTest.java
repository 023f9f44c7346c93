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
}
