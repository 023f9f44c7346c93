package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/** Builds what an applicant sends, and walks the usual steps through the API. */
public final class Applicants {

    private Applicants() {
    }

    /** A complete label application; {@code email} makes it findable by the test that made it. */
    public static ObjectNode labelForm(String email) {
        ObjectNode form = Api.JSON.createObjectNode();
        ObjectNode applicant = form.putObject("applicant");
        applicant.put("organisation", "Communauté de communes des Vallées d'Été");
        applicant.put("kind", "epci");
        applicant.put("siren", "732829320");
        ObjectNode contact = applicant.putObject("contact");
        contact.put("name", "Élise Martin");
        contact.put("role", "Cheffe de projet numérique");
        contact.put("email", email);
        contact.put("phone", "04 50 33 88 88");
        ObjectNode project = form.putObject("project");
        project.put("title", "Guichet numérique intercommunal");
        project.put("summary", "Un guichet unique pour les démarches des 34 communes.");
        project.put("description", "Les habitants font leurs démarches depuis un seul portail.");
        project.put("stage", "en_cours");
        project.put("partners", "Département de la Haute-Savoie, 34 communes");
        project.put("userInvolvement", "Ateliers de co-conception avec 120 habitants");
        project.put("pooling", "Plateforme mutualisée, API ouvertes");
        project.put("returnOnInvestment", "1 200 heures d'accueil économisées par an");
        form.put("language", "fr");
        return form;
    }

    public static String uniqueEmail(String tag) {
        return tag + "-" + UUID.randomUUID().toString().substring(0, 8) + "@mairie-test.fr";
    }

    public record Dossier(String id, String token) {
        public String auth() {
            return "Bearer " + token;
        }
    }

    public static Dossier create(Api api, String campaignId, JsonNode form) {
        Api.Response created = api.post("/campaigns/" + campaignId + "/candidacies", form);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return new Dossier(created.json().get("id").asText(), created.json().get("accessToken").asText());
    }

    /** Announces, uploads (presigned PUT) and completes a file; returns the completion response. */
    public static Api.Response attach(Api api, Dossier dossier, String fileName, String contentType, byte[] bytes) {
        Api.Response requested = api.post("/candidacies/" + dossier.id() + "/attachments",
                Api.JSON.createObjectNode().put("fileName", fileName).put("contentType", contentType)
                        .put("size", bytes.length),
                "Authorization", dossier.auth());
        assertThat(requested.status()).as(requested.body()).isEqualTo(201);
        String url = requested.json().at("/upload/url").asText();
        assertThat(api.upload(url, bytes, contentType)).isEqualTo(200);
        return api.post("/candidacies/" + dossier.id() + "/attachments/" + requested.json().get("attachmentId").asText()
                + "/complete", null, "Authorization", dossier.auth());
    }

    public static byte[] pdf() {
        try (InputStream in = Applicants.class.getResourceAsStream("/it/dossier.pdf")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
