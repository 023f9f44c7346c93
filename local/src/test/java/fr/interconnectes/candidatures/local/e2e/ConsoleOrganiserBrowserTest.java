package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.bench.DossierSeed;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The organiser's console pages in a real Chromium, on a campaign of 2,000 dossiers seeded straight into the table:
 * home, dossier table (its first page timed and printed), search, dossier page (resend, extension, audit), dashboard
 * (statistics, submissions chart, CSV export), the same on a phone, and a regional organiser of another region refused.
 */
class ConsoleOrganiserBrowserTest {

    static final String CAMPAIGN = "console-2030-label";
    static final int DOSSIERS = 2_000;
    /** Dossier 2 of the seed: submitted, one file, its confirmation sent, no decision. */
    static final int CHOSEN = 2;
    static final long FIRST_PAGE_TARGET_MILLIS = 1_000;

    private final TestEmulators emulators = TestEmulators.get();

    private DossierSeed seed() throws Exception {
        var dynamoDb = emulators.aws().dynamoDb();
        Campaign base = DemoCampaigns.label(2030);
        new DynamoDbCampaigns(dynamoDb, emulators.tableName()).save(new Campaign(CAMPAIGN,
                new LocalizedText("Label Territoires Innovants 2030 – console (2 000 dossiers)",
                        "Innovative Territories Label 2030 – console (2,000 applications)"),
                base.region(), base.track(), base.edition(), base.opensAt(), base.closesAt(), base.timeZone(),
                base.regionalSelection(), base.criteria(), base.uploadLimits()));
        DossierSeed seed = new DossierSeed(CAMPAIGN, Instant.parse("2030-09-01T06:30:00Z"));
        var candidacies = new DynamoDbCandidacies(dynamoDb, emulators.tableName());
        new ForkJoinPool(8).submit(() -> IntStream.range(0, DOSSIERS).parallel()
                .forEach(i -> candidacies.create(seed.dossier(i)))).get();
        return seed;
    }

    @Test
    void an_organiser_finds_opens_and_handles_a_dossier_of_a_2000_dossier_campaign_and_another_region_sees_none()
            throws Exception {
        DossierSeed seed = seed();
        var chosen = seed.dossier(CHOSEN);
        String organisation = chosen.form().applicant().organisation();
        String contact = chosen.form().applicant().contact().email();
        String search = organisation.substring(organisation.lastIndexOf(' ', organisation.lastIndexOf(' ') - 1) + 1);
        emulators.clearMails();

        var run = BrowserScripts.runPassing(Duration.ofMinutes(5), "console-organiser.cjs", emulators.apiUrl(),
                BrowserScripts.screenshotsDir().toString(), CAMPAIGN, seed.id(CHOSEN), organisation,
                search);
        JsonNode report = Api.JSON.readTree(run.jsonLines().getLast());

        List<Long> millis = new ArrayList<>();
        report.path("firstPageMillis").forEach(m -> millis.add(m.asLong()));
        List<Long> sorted = millis.stream().sorted().toList();
        long median = sorted.get(sorted.size() / 2);
        System.out.printf("CONSOLE DOSSIER TABLE: first page (%d rows) of %,d dossiers rendered %d ms after navigation "
                        + "(median of %s ms; target <= %d ms)%n", report.path("firstPageRows").asInt(), DOSSIERS, median,
                millis, FIRST_PAGE_TARGET_MILLIS);
        System.out.println("CONSOLE DOSSIER TABLE requests (ms from navigation): " + report.path("firstPageRequests"));
        // a figure of the page and the local stack, not of a machine other builds are crushing: on a machine loaded
        // beyond its cores the target is reported, not asserted
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        int cores = Runtime.getRuntime().availableProcessors();
        if (load >= 0 && load <= cores) {
            assertThat(median).isLessThanOrEqualTo(FIRST_PAGE_TARGET_MILLIS);
        } else {
            System.out.printf("CONSOLE DOSSIER TABLE: target not asserted, load average %.1f on %d cores%n", load, cores);
        }
        assertThat(report.path("firstPageRows").asInt()).isEqualTo(50);

        assertThat(report.path("homeRow").asText()).contains("console (2 000 dossiers)", "2 000");
        report.path("homeRegions").forEach(region -> assertThat(region.asText()).isEqualTo("Auvergne-Rhône-Alpes"));
        assertThat(report.path("searchOrganisations").toString()).contains(organisation);
        report.path("searchOrganisations").forEach(found -> assertThat(found.asText()).contains(search.split(" ")[0]));
        assertThat(report.path("dossierTitle").asText()).isEqualTo(organisation);
        assertThat(report.path("dossierFields").asText()).contains(contact, chosen.form().project().title());
        assertThat(report.path("files").asInt()).isEqualTo(1);
        assertThat(report.path("figures").asText()).contains("2 000");
        assertThat(report.path("chartPoints").asInt()).isPositive().isEqualTo(report.path("timelineRows").asInt());
        assertThat(report.path("csv").path("status").asInt()).isEqualTo(200);
        assertThat(report.path("csv").path("bom").asBoolean()).isTrue();
        long submitted = IntStream.range(0, DOSSIERS)
                .filter(i -> seed.dossier(i).status() == CandidacyStatus.SUBMITTED).count();
        assertThat(report.path("csv").path("lines").asInt()).as("header + the submitted dossiers").isEqualTo(submitted + 1);

        // what happened behind the pages: one mail sent again, the personal deadline recorded and audited
        assertThat(report.path("resent").asText()).contains(contact);
        assertThat(emulators.awaitMailsTo(contact)).hasSize(1);
        String token = emulators.backend().mintToken(TokenRequest.of(Role.REGIONAL_ORGANISER, "ARA", "organiser-ara",
                "organisateur.ara@example.org")).token();
        Api.Response dossier = new Api(emulators.apiUrl()).get("/admin/candidacies/" + seed.id(CHOSEN),
                "Authorization", "Bearer " + token);
        assertThat(dossier.json().path("personalDeadline").asText()).isEqualTo("2030-10-20T18:00:00+02:00");
        assertThat(report.path("audit").asText()).contains("organiser-ara");

        // Île-de-France (other tests may have made IDF campaigns): no ARA campaign listed, the API's own refusal shown
        // on the direct addresses, no row at all
        assertThat(report.path("idfHome").asText()).doesNotContain("Auvergne", "console (2 000 dossiers)");
        assertThat(report.path("idfDossier").asText()).contains(report.path("idfApiMessage").asText());
        assertThat(report.path("idfTableRows").asInt()).isZero();
        assertThat(report.path("idfRefusals").toString()).contains("/admin/candidacies/" + seed.id(CHOSEN),
                "/admin/campaigns/" + CAMPAIGN + "/candidacies");
    }
}
