package fr.interconnectes.candidatures.local.demo;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAvailabilities;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbReceiptCounters;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbSelectionDays;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Applicant;
import fr.interconnectes.candidatures.domain.candidacy.ApplicationForm;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Contact;
import fr.interconnectes.candidatures.domain.candidacy.LabelProject;
import fr.interconnectes.candidatures.domain.candidacy.OrganisationKind;
import fr.interconnectes.candidatures.domain.candidacy.ProjectStage;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.selectionday.Break;
import fr.interconnectes.candidatures.selectionday.GenerateTimetable;
import fr.interconnectes.candidatures.selectionday.Panel;
import fr.interconnectes.candidatures.selectionday.PanelJuror;
import fr.interconnectes.candidatures.selectionday.Place;
import fr.interconnectes.candidatures.selectionday.PlanSelectionDay;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The selection day of the local run, so that it can be seen at once: twenty label dossiers of Auvergne-Rhône-Alpes
 * submitted to {@code aura-2027-label}, its day in Annecy planned with two panels (A: juror-1, B: juror-2, the demo
 * jurors) and its timetable made, through the very use cases the routes run. Seeded once: a run on kept data
 * ({@code --data}) that already has the day leaves everything as it is.
 */
public final class DemoSelectionDay {

    /** The organisation of each demo dossier, in the order of their receipts. */
    static final List<String> COMMUNES = List.of("Annecy", "Chambéry", "Grenoble", "Villeurbanne", "Saint-Étienne",
            "Clermont-Ferrand", "Valence", "Brignais", "Bourg-en-Bresse", "Aurillac", "Le Puy-en-Velay", "Vichy",
            "Roanne", "Thonon-les-Bains", "Évian-les-Bains", "Aix-les-Bains", "Vienne", "Montélimar", "Privas",
            "Moulins");
    static final Principal SEEDER = new Principal("organiser-national", "organisatrice.nationale@example.org",
            Set.of(Role.ORGANISER), null);

    private DemoSelectionDay() {
    }

    /** @return whether anything was seeded (false: the day was there already) */
    public static boolean seed(DynamoDbClient dynamoDb, String table, Campaign campaign, Clock clock) {
        var days = new DynamoDbSelectionDays(dynamoDb, table);
        if (days.find(campaign.id()).isPresent()) {
            return false;
        }
        var campaigns = new DynamoDbCampaigns(dynamoDb, table);
        var candidacies = new DynamoDbCandidacies(dynamoDb, table);
        var counters = new DynamoDbReceiptCounters(dynamoDb, table);
        Instant at = campaign.opensAt().plusSeconds(86_400L * 30);
        for (int i = 0; i < COMMUNES.size(); i++) {
            String id = "cDemo-" + campaign.id() + "-" + String.format("%02d", i + 1);
            if (candidacies.find(id).isPresent()) {
                continue;
            }
            String receipt = Receipt.number(campaign.region().code(), campaign.edition(), Track.LABEL.receiptLetter(),
                    counters.next(campaign.id()));
            candidacies.create(Candidacy.newDraft(id, campaign.id(), form(COMMUNES.get(i)),
                    AccessTokens.hash("demo-jury-token-" + (i + 1)), at).submitted(new Receipt(receipt, at), at));
        }
        var auditLog = new DynamoDbAuditLog(dynamoDb, table);
        var juryRecords = new DynamoDbJuryRecords(dynamoDb, table);
        new PlanSelectionDay(campaigns, candidacies, days, new Audit(auditLog, clock), clock).execute(SEEDER,
                new PlanSelectionDay.Command(campaign.id(), null,
                        new Place("Impérial Palace", "Allée de l'Impérial, 74000 Annecy"), LocalTime.of(9, 0),
                        LocalTime.of(18, 0), 5, Map.of(), List.of(new Break(LocalTime.of(12, 30), LocalTime.of(13, 30), "Déjeuner")),
                        List.of(new Panel("A", "Salle Mont-Blanc", List.of(new PanelJuror("juror-1", "Juré 1",
                                        "juror-1@example.org", Language.FR))),
                                new Panel("B", "Salle Semnoz", List.of(new PanelJuror("juror-2", "Jurée 2",
                                        "juror-2@example.org", Language.FR))))));
        new GenerateTimetable(campaigns, candidacies, days, new DynamoDbAvailabilities(dynamoDb, table), juryRecords,
                new Audit(auditLog, clock), clock).execute(SEEDER, campaign.id());
        return true;
    }

    private static ApplicationForm form(String commune) {
        String slug = java.text.Normalizer.normalize(commune, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^A-Za-z]+", "-").toLowerCase(java.util.Locale.ROOT);
        return new ApplicationForm(
                new Applicant("Commune de " + commune, OrganisationKind.COMMUNE, null, null,
                        new Contact("Service numérique", "Chef de projet", "numerique@" + slug + ".example.fr", null)),
                new LabelProject("Guichet numérique de " + commune, "Un guichet unique pour les démarches.",
                        "Le projet de " + commune + ", décrit pour le jury.", ProjectStage.EN_COURS,
                        "Département, La Poste", "Ateliers avec les habitants", "Logiciel libre partagé",
                        "Deux agents de moins à l'accueil"),
                Language.FR);
    }
}
