package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationFields;
import java.util.List;
import java.util.Map;

/**
 * What a submission still lacks (the list the {@code incomplete} error gives), written for people: each form
 * field by its label on the form, a missing file by its own message.
 */
public final class MissingItems {

    private static final Map<String, LocalizedText> LABELS = Map.ofEntries(
            Map.entry(ApplicationFields.ORGANISATION, new LocalizedText("Nom de l'organisation", "Organisation name")),
            Map.entry(ApplicationFields.KIND, new LocalizedText("Type d'organisation", "Kind of organisation")),
            Map.entry(ApplicationFields.SIREN, new LocalizedText("Numéro SIREN", "SIREN number")),
            Map.entry(ApplicationFields.CONTACT_NAME, new LocalizedText("Nom du contact", "Contact name")),
            Map.entry(ApplicationFields.CONTACT_ROLE, new LocalizedText("Fonction du contact", "Contact role")),
            Map.entry(ApplicationFields.CONTACT_EMAIL, new LocalizedText("Courriel du contact", "Contact e-mail")),
            Map.entry(ApplicationFields.CONTACT_PHONE, new LocalizedText("Téléphone du contact", "Contact phone")),
            Map.entry(ApplicationFields.TITLE, new LocalizedText("Titre du projet", "Project title")),
            Map.entry(ApplicationFields.SUMMARY, new LocalizedText("Résumé du projet", "Project summary")),
            Map.entry(ApplicationFields.DESCRIPTION, new LocalizedText("Description du projet", "Project description")),
            Map.entry(ApplicationFields.STAGE, new LocalizedText("Avancement du projet", "Project stage")),
            Map.entry(ApplicationFields.PARTNERS, new LocalizedText("Partenaires", "Partners")),
            Map.entry(ApplicationFields.USER_INVOLVEMENT, new LocalizedText("Implication des usagers", "User involvement")),
            Map.entry(ApplicationFields.POOLING, new LocalizedText("Mutualisation et interopérabilité",
                    "Pooling and interoperability")),
            Map.entry(ApplicationFields.RETURN_ON_INVESTMENT, new LocalizedText("Retour sur investissement",
                    "Return on investment")),
            Map.entry(ApplicationFields.WEBSITE, new LocalizedText("Site web", "Website")),
            Map.entry(ApplicationFields.FOUNDING_YEAR, new LocalizedText("Année de création", "Founding year")),
            Map.entry(ApplicationFields.TERRITORIAL_USE_CASE, new LocalizedText("Cas d'usage territorial",
                    "Territorial use case")));

    private MissingItems() {
    }

    public static List<String> describe(List<FieldError> missing, Language language) {
        return missing.stream().map(item -> {
            LocalizedText label = LABELS.get(item.field());
            return label == null ? item.message().in(language) : label.in(language);
        }).toList();
    }
}
