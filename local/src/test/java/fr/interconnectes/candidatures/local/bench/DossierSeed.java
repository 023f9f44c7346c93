package fr.interconnectes.candidatures.local.bench;

import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.domain.candidacy.OutboxMail;
import java.time.Instant;
import java.util.List;

/**
 * Label dossiers of every kind of state for the list, statistics and export checks and benchmarks: dossier
 * {@code i} of a seed is always the same (organisations repeat, with and without accents, so that orders have
 * ties; submissions spread over days and hours; some with files, a decision, a mail sent).
 */
public record DossierSeed(String campaignId, Instant start) {

    private static final String[] TOWNS = {"Annecy", "Évian", "Chambéry", "Aix-les-Bains", "Lyon", "Grenoble",
            "Valence", "Saint-Étienne", "Clermont-Ferrand", "Évian"};
    private static final OrganisationKind[] KINDS = {OrganisationKind.COMMUNE, OrganisationKind.EPCI,
            OrganisationKind.COMMUNE, OrganisationKind.DEPARTEMENT, OrganisationKind.SYNDICAT, OrganisationKind.REGION,
            OrganisationKind.AUTRE};

    public String id(int i) {
        return "seed-" + campaignId + "-" + String.format("%05d", i);
    }

    public Candidacy dossier(int i) {
        Instant created = start.plusSeconds(i * 97L);
        String email = "contact" + i + "@" + campaignId + ".test";
        ApplicationForm form = new ApplicationForm(
                new Applicant((i % 3 == 0 ? "Commune d'" : "Communauté de ") + TOWNS[i % TOWNS.length] + " " + (i % 17),
                        KINDS[i % KINDS.length], "200063402", null,
                        new Contact("Contact " + i, "DGS", email, "+33450338888")),
                new LabelProject("Projet " + (i % 23) + (i % 5 == 0 ? " éco-quartier" : " guichet numérique"),
                        "Résumé du projet " + i + ".", "Description du projet " + i + ", sur plusieurs lignes.\nFin.",
                        ProjectStage.EN_COURS, "Le Département", "Ateliers", "API ouvertes", "1 200 h/an"),
                Language.FR);
        Candidacy draft = Candidacy.newDraft(id(i), campaignId, form, AccessTokens.hash("token-" + i), created);
        if (i % 4 != 3) {
            draft = draft.withAttachments(List.of(new Attachment("a" + i, "dossier.pdf", FileType.PDF, 1000L + i,
                    Attachment.State.RECEIVED, "candidacies/" + id(i) + "/a" + i, created, created)), created);
        }
        int state = i % 10;
        if (state >= 6 && state <= 7) {
            return draft;
        }
        Instant submitted = created.plusSeconds(3600L * (i % 50));
        Candidacy dossier = draft.submitted(new Receipt("ARA-2030-L-" + String.format("%05d", i + 1), submitted), submitted);
        dossier = dossier.withMailAdded(new OutboxMail("m" + i, "confirmation", email, "Accusé de réception",
                "Bonjour,\nVotre dossier est déposé : " + OutboxMail.LINK_PLACEHOLDER + "\n" + "x".repeat(800),
                "<p>Bonjour,</p><p>Votre dossier est déposé.</p>" + "<p>" + "y".repeat(1500) + "</p>", List.of(), "nonce" + i,
                OutboxMail.State.SENT, 1, null, null, submitted, submitted, "ses-" + i, null));
        if (state == 8) {
            return dossier.withdrawn(submitted.plusSeconds(60));
        }
        if (state == 9) {
            return draft.expired(created.plusSeconds(86_400));
        }
        if (i % 7 == 0) {
            dossier = dossier.withDecision(new Decision(i % 2 == 0 ? Decision.Outcome.FINALIST : Decision.Outcome.NOT_SELECTED,
                    "Merci", "organiser", submitted.plusSeconds(86_400), null));
        }
        return dossier;
    }
}
