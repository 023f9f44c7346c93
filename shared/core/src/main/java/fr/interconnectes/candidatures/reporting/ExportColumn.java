package fr.interconnectes.candidatures.reporting;

import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;

/**
 * The fixed columns of an export, in order, with their JSON key and their header. The per-criterion columns
 * of the jury grid go between {@link #SPREAD} and {@link #DECISION} (see {@link ExportColumns}).
 */
public enum ExportColumn {
    RECEIPT_NUMBER("receiptNumber", "Numéro de dépôt", "Receipt number"),
    CANDIDACY_ID("candidacyId", "Identifiant du dossier", "Candidacy id"),
    STATUS("status", "Statut", "Status"),
    ORGANISATION("organisation", "Organisation", "Organisation"),
    KIND("kind", "Type", "Type"),
    SIREN("siren", "SIREN", "SIREN"),
    CONTACT_NAME("contactName", "Contact", "Contact"),
    CONTACT_EMAIL("contactEmail", "Courriel", "E-mail"),
    CONTACT_PHONE("contactPhone", "Téléphone", "Phone"),
    PROJECT_TITLE("projectTitle", "Titre du projet", "Project title"),
    SUMMARY("summary", "Résumé", "Summary"),
    SUBMITTED_AT("submittedAt", "Déposé le", "Submitted at"),
    FILES("files", "Fichiers", "Files"),
    RANK("rank", "Rang", "Rank"),
    SCORE("score", "Note", "Score"),
    SCORES_RECEIVED("scoresReceived", "Notes reçues", "Scores received"),
    SPREAD("spread", "Écart", "Spread"),
    DECISION("decision", "Décision", "Decision");

    private final String key;
    private final LocalizedText header;

    ExportColumn(String key, String french, String english) {
        this.key = key;
        this.header = new LocalizedText(french, english);
    }

    /** The key of the value in the JSON export (English camelCase). */
    public String key() {
        return key;
    }

    public String header(Language language) {
        return header.in(language);
    }
}
