package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The regional selection run from the console's pages in a real Chromium, as the regional organiser of ARA: two
 * jurors assigned to a dossier by hand, the day planned (a refused plan first, its error on the field), the timetable
 * made and changed, convocations sent; then, once the jurors scored through the API, the ranking chart read and the
 * decisions recorded and sent. Every step is checked in the API and the mail emulator too; a regional organiser of
 * another region sees only the API's refusal.
 */
class ConsoleSelectionBrowserTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final Admins admins = new Admins(backend);
    private final String suffix = UUID.randomUUID().toString().substring(0, 6);
    private final String campaign = "aura-2027-label-console-" + suffix;
    private final String jurorA = "sel-juror-a-" + suffix;
    private final String jurorB = "sel-juror-b-" + suffix;

    private record Filed(String id, String email) {
    }

    @Test
    void the_regional_organiser_runs_the_selection_from_the_console() throws Exception {
        admins.araLabelCampaign(campaign, 2027);
        List<Filed> filed = new ArrayList<>();
        for (String organisation : List.of("Ville de Brignais", "Commune de Thônes", "Ville de Rumilly")) {
            filed.add(file(organisation));
        }
        String ids = String.join(",", filed.stream().map(Filed::id).toList());

        var prepared = BrowserScripts.runPassing(Duration.ofMinutes(4), "console-selection.cjs", backend.apiUrl(), "prepare",
                campaign, ids, jurorA, jurorB);
        System.out.println(prepared.jsonLines());
        assertThat(seen(prepared)).as(prepared.text())
                .contains("identifiant invalide « mauvais id »", "\"imported\":2", "\"planFieldError\":\"Ce champ est obligatoire.\"", "\"timetablePanels\":2",
                        "empiète sur une pause", "3 courriel(s) vont partir : 3 convocation(s)", "\"phoneOverflow\":0");

        // the dossier assigned by hand keeps its two jurors; the others got their panel's juror with the timetable
        assertThat(jurorsOf(filed.get(0).id())).containsExactlyInAnyOrder(jurorA, jurorB);
        JsonNode timetable = admin("GET", "/timetable").json();
        assertThat(timetable.get("scheduled").asInt()).isEqualTo(3);
        for (Filed dossier : filed) {
            assertThat(backend.mailsTo(dossier.email()).stream().flatMap(m -> m.attachments().stream())
                    .filter(a -> a.fileName().equals("convocation.ics"))).as(dossier.email()).hasSize(1);
            assertThat(jurorsOf(dossier.id())).as(dossier.id()).isNotEmpty();
        }

        // the jurors score through the API: the first dossier apart (10 and 2 for innovation), the two others tied
        score(filed.get(0).id(), Map.of(jurorA, 10, jurorB, 2));
        for (Filed dossier : filed.subList(1, 3)) {
            for (String juror : jurorsOf(dossier.id())) {
                score(dossier.id(), Map.of(juror, 5));
            }
        }

        var decided = BrowserScripts.runPassing(Duration.ofMinutes(4), "console-selection.cjs", backend.apiUrl(), "decide",
                campaign, ids, jurorA, jurorB);
        System.out.println(decided.jsonLines());
        assertThat(seen(decided)).as(decided.text())
                .contains("\"chartBars\":3", "\"ties\":1", "(median)", "2 courriel(s) vont partir : 1 finaliste(s), 1 non retenu(s)",
                        "1 finaliste(s) porté(s) dans la campagne nationale national-2027-label", "\"otherRegionRefused\":4");

        JsonNode review = admin("GET", "/decisions").json();
        assertThat(decisionOf(review, filed.get(0).id())).isEqualTo("sent:finalist");
        assertThat(decisionOf(review, filed.get(1).id())).isEqualTo("sent:not_selected");
        assertThat(decisionOf(review, filed.get(2).id())).isEqualTo("none");
        assertThat(decisionMails(filed.get(0))).hasSize(1);
        assertThat(decisionMails(filed.get(1))).hasSize(1);
        assertThat(decisionMails(filed.get(2))).isEmpty();
    }

    /** The script's last line, French typography's no-break spaces (before « : », inside « ») made plain. */
    private static String seen(BrowserScripts.Run run) {
        assertThat(run.jsonLines()).isNotEmpty();
        return run.jsonLines().getLast().replace('\u00a0', ' ');
    }

    private Filed file(String organisation) {
        String email = Applicants.uniqueEmail("console-selection");
        ObjectNode form = Applicants.labelForm(email);
        ((ObjectNode) form.get("applicant")).put("organisation", organisation);
        var dossier = Applicants.create(api, campaign, form);
        assertThat(Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf()).status()).isEqualTo(200);
        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return new Filed(dossier.id(), email);
    }

    private Api.Response admin(String method, String route) {
        Api.Response response = admins.call(Admins.ARA_ORGANISER, method, "/admin/campaigns/{campaignId}" + route,
                Map.of("campaignId", campaign), Map.of(), null);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response;
    }

    private List<String> jurorsOf(String candidacyId) {
        Api.Response scores = admins.call(Admins.ARA_ORGANISER, "GET", "/admin/candidacies/{candidacyId}/scores",
                Map.of("candidacyId", candidacyId), Map.of(), null);
        assertThat(scores.status()).as(scores.body()).isEqualTo(200);
        return StreamSupport.stream(scores.json().get("jurors").spliterator(), false).map(j -> j.get("jurorId").asText()).toList();
    }

    private void score(String candidacyId, Map<String, Integer> innovationByJuror) {
        innovationByJuror.forEach((juror, innovation) -> {
            ObjectNode body = Api.JSON.createObjectNode();
            body.putObject("scores").put("innovation", innovation).put("user_focus", 7).put("partnership", 6)
                    .put("pooling_interoperability", 5).put("return_on_investment", 7);
            body.put("comment", "Noté depuis le test de la console");
            Api.Response scored = admins.call(Map.of("sub", juror, "email", juror + "@example.org", "cognito:groups", "[jurors]"),
                    "PUT", "/admin/candidacies/{candidacyId}/scores", Map.of("candidacyId", candidacyId), Map.of(), body);
            assertThat(scored.status()).as(scored.body()).isEqualTo(200);
        });
    }

    private static String decisionOf(JsonNode review, String candidacyId) {
        JsonNode dossier = StreamSupport.stream(review.get("dossiers").spliterator(), false)
                .filter(d -> d.get("candidacyId").asText().equals(candidacyId)).findFirst().orElseThrow();
        String state = dossier.get("decisionState").asText();
        return state.equals("none") ? state : state + ":" + dossier.at("/decision/outcome").asText();
    }

    private List<TestEmulators.CapturedMail> decisionMails(Filed filed) {
        return backend.mailsTo(filed.email()).stream().filter(m -> m.subject().startsWith("Décision du jury")).toList();
    }
}
