package fr.interconnectes.candidatures.local.demo;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbPublishedResults;
import fr.interconnectes.candidatures.domain.Laureate;
import fr.interconnectes.candidatures.domain.Palmares;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import java.time.Instant;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A past round with its palmarès published, so the web pages show one at once: the 2018 label round of
 * Auvergne-Rhône-Alpes, where the call's own text recalls that three projects were labelled, among them the Ville de
 * Brignais's (the other two and the projects' wording are demonstration data).
 */
public final class DemoPalmares {

    public static final String CAMPAIGN = "aura-2018-label";

    private DemoPalmares() {
    }

    public static Palmares palmares() {
        return new Palmares(CAMPAIGN, List.of(
                new Laureate("Ville de Brignais", OrganisationKind.COMMUNE, "Brignais, ville numérique inclusive",
                        "Des démarches en ligne et un accompagnement au numérique pour tous les habitants."),
                new Laureate("Communauté de communes Cœur de Savoie", OrganisationKind.EPCI,
                        "Guichet numérique des services", "Un portail unique pour les démarches des 43 communes."),
                new Laureate("Département de l'Ardèche", OrganisationKind.DEPARTEMENT, "Ardèche, territoire connecté",
                        "Des tiers-lieux numériques dans chaque canton.")),
                Instant.parse("2018-10-25T08:00:00Z"), "organiser-ara");
    }

    /** Saves the 2018 campaign (closed) and its published palmarès. */
    public static void seed(DynamoDbClient dynamoDb, String tableName) {
        new DynamoDbCampaigns(dynamoDb, tableName).save(DemoCampaigns.label(2018));
        new DynamoDbPublishedResults(dynamoDb, tableName).save(palmares());
    }
}
