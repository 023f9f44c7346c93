package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The applicant's journey through the local API (template routes, real handlers, emulated DynamoDB, S3
 * and SES): create, upload, complete, submit, confirmation mail, access control.
 */
class ApplicantFlowTest {

    static final String OPEN = "aura-2027-label";

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    @BeforeEach
    @AfterEach
    void realTime() {
        api.delete("/local/clock");
    }

    @Test
    void a_draft_is_created_read_with_its_token_and_hidden_from_others() {
        var email = Applicants.uniqueEmail("draft");
        Api.Response created = api.post("/campaigns/" + OPEN + "/candidacies", Applicants.labelForm(email));

        assertThat(created.status()).isEqualTo(201);
        JsonNode body = created.json();
        String id = body.get("id").asText();
        assertThat(body.get("status").asText()).isEqualTo("draft");
        assertThat(body.get("accessToken").asText()).hasSizeGreaterThanOrEqualTo(40);
        assertThat(body.get("deadline").asText()).isEqualTo("2027-10-10T23:59:59.999+02:00");
        assertThat(created.header("Location")).isEqualTo("/candidacies/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");

        Api.Response read = api.get("/candidacies/" + id, "Authorization", "Bearer " + body.get("accessToken").asText());
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().at("/applicant/contact/email").asText()).isEqualTo(email);
        assertThat(read.json().at("/applicant/contact/phone").asText()).isEqualTo("+33450338888");
        assertThat(read.body()).doesNotContain(body.get("accessToken").asText()).doesNotContainIgnoringCase("hash");
        assertThat(read.json().get("missing")).extracting(JsonNode::toString).asString().contains("attachments");

        var other = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("other")));
        Api.Response wrongToken = api.get("/candidacies/" + id, "Authorization", other.auth());
        Api.Response unknownId = api.get("/candidacies/cDoesNotExist00", "Authorization", other.auth());
        assertThat(wrongToken.status()).isEqualTo(404);
        assertThat(unknownId.status()).isEqualTo(404);
        assertThat(wrongToken.body()).isEqualTo(unknownId.body());

        Api.Response noToken = api.get("/candidacies/" + id);
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.errorCode()).isEqualTo("unauthorized");
        assertThat(api.get("/candidacies/cDoesNotExist00").status()).isEqualTo(401);
    }

    @Test
    void a_dossier_is_submitted_once_with_a_receipt_and_one_confirmation_mail() throws InterruptedException {
        var email = Applicants.uniqueEmail("submit");
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(email));

        Api.Response incomplete = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.errorCode()).isEqualTo("incomplete");
        assertThat(fields(incomplete)).containsExactly("attachments");

        Api.Response completed = Applicants.attach(api, dossier, "Dossier de candidature été.pdf", "application/pdf",
                Applicants.pdf());
        assertThat(completed.status()).as(completed.body()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("received");

        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        String receipt = submitted.json().at("/receipt/number").asText();
        assertThat(receipt).matches("ARA-2027-L-\\d{4}");
        assertThat(submitted.json().get("status").asText()).isEqualTo("submitted");

        Api.Response again = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/receipt/number").asText()).isEqualTo(receipt);

        var mails = backend.awaitMailsTo(email);
        assertThat(mails).hasSize(1);
        var mail = mails.get(0);
        assertThat(mail.subject()).contains("Candidature reçue", "Auvergne-Rhône-Alpes", receipt);
        assertThat(mail.text()).contains("Communauté de communes des Vallées d'Été", "Guichet numérique intercommunal",
                "Dossier de candidature été.pdf", "Annecy", "17 octobre 2027", "(heure de Paris)");

        // the link in the mail opens the dossier: a token of its own, minted for the mail
        String link = mail.text().lines().filter(l -> l.contains("/dossier.html#")).findFirst().orElseThrow().trim();
        String[] fragment = link.substring(link.indexOf('#') + 1).split("\\.", 2);
        assertThat(fragment[0]).isEqualTo(dossier.id());
        assertThat(fragment[1]).isNotEqualTo(dossier.token());
        assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", "Bearer " + fragment[1]).status())
                .isEqualTo(200);
    }

    @Test
    void editing_after_submission_keeps_the_dossier_submitted_and_stale_versions_are_refused() {
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("edit")));
        Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        String etag = submitted.header("ETag");

        var form = Applicants.labelForm(Applicants.uniqueEmail("edit"));
        ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("project")).put("title", "Guichet numérique v2");
        Api.Response updated = api.put("/candidacies/" + dossier.id(), form, "Authorization", dossier.auth(), "If-Match", etag);
        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().get("status").asText()).isEqualTo("submitted");
        assertThat(updated.json().at("/project/title").asText()).isEqualTo("Guichet numérique v2");
        assertThat(updated.header("ETag")).isNotEqualTo(etag);

        Api.Response stale = api.put("/candidacies/" + dossier.id(), form, "Authorization", dossier.auth(), "If-Match", etag);
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.errorCode()).isEqualTo("precondition_failed");

        ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("project")).remove("partners");
        Api.Response emptied = api.put("/candidacies/" + dossier.id(), form, "Authorization", dossier.auth());
        assertThat(emptied.status()).isEqualTo(422);
        assertThat(fields(emptied)).containsExactly("project.partners");
    }

    @Test
    void validation_lists_every_faulty_field_at_once_in_the_asked_language() {
        var form = Applicants.labelForm("not-an-email");
        ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("applicant")).put("siren", "123456789");
        ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("applicant")).put("nickname", "x");
        ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("project")).put("stage", "bientot");

        Api.Response refused = api.post("/campaigns/" + OPEN + "/candidacies", form, "Accept-Language", "en");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(refused.json().at("/error/message").asText()).isEqualTo("The request contains errors.");
        assertThat(fields(refused)).containsExactlyInAnyOrder(
                "applicant.contact.email", "applicant.siren", "applicant.nickname", "project.stage");
        assertThat(refused.body()).doesNotContain("Exception").doesNotContain("at fr.");
    }

    @Test
    void unknown_campaigns_routes_and_bad_json_get_clear_errors() {
        Api.Response unknown = api.post("/campaigns/nowhere-2027/candidacies", Applicants.labelForm("a@b.fr"));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("campaign_not_found");
        assertThat(unknown.json().at("/error/message").asText()).contains("nowhere-2027");

        Api.Response malformed = api.post("/campaigns/" + OPEN + "/candidacies", "{\"applicant\": ");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.errorCode()).isEqualTo("malformed_json");
        assertThat(malformed.json().at("/error/message").asText()).contains("JSON");

        assertThat(api.get("/nothing-here").errorCode()).isEqualTo("route_not_found");
    }

    static List<String> fields(Api.Response response) {
        List<String> fields = new ArrayList<>();
        StreamSupport.stream(response.json().at("/error/fields").spliterator(), false)
                .forEach(f -> fields.add(f.get("field").asText()));
        return fields;
    }
}
