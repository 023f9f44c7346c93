package fr.interconnectes.candidatures.local.it;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.Criterion;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.Track;
import fr.interconnectes.candidatures.domain.UploadLimits;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The DynamoDB campaigns adapter with the real SDK client against dynalite, on the table of template.yaml. */
class DynamoDbCampaignsTest {

    private static final TestEmulators EMULATORS = TestEmulators.get();

    private final Campaigns campaigns = new DynamoDbCampaigns(EMULATORS.aws().dynamoDb(), EMULATORS.tableName());

    /** Ids unique to this run, since the table is shared with the other tests. */
    private final String prefix = "it-" + UUID.randomUUID().toString().substring(0, 8) + "-";

    @Test
    void a_saved_campaign_is_found_back_whole() {
        Campaign campaign = campaign(prefix + "ara-label-2026", Track.LABEL, 2026);

        campaigns.save(campaign);

        assertThat(campaigns.find(campaign.id())).contains(campaign);
    }

    @Test
    void saving_again_replaces_the_campaign() {
        Campaign first = campaign(prefix + "ara-startup-2026", Track.STARTUP, 2026);
        campaigns.save(first);
        Campaign changed = new Campaign(first.id(), new LocalizedText("Concours start-up – édition révisée", null),
                first.region(), first.track(), first.edition(), first.opensAt(), first.closesAt().plusSeconds(86_400),
                first.timeZone(), first.regionalSelection(), first.criteria().subList(0, 1),
                new UploadLimits(1_000_000, 2, List.of(FileType.PDF)));

        campaigns.save(changed);

        assertThat(campaigns.find(first.id())).contains(changed);
        assertThat(campaigns.all().stream().filter(c -> c.id().equals(first.id()))).containsExactly(changed);
    }

    @Test
    void all_lists_the_most_recent_edition_first_then_by_id() {
        Campaign b2025 = campaign(prefix + "b", Track.LABEL, 2025);
        Campaign a2026 = campaign(prefix + "a", Track.STARTUP, 2026);
        Campaign c2026 = campaign(prefix + "c", Track.LABEL, 2026);
        Campaign a2024 = campaign(prefix + "a2024", Track.LABEL, 2024);
        for (Campaign c : List.of(b2025, a2024, c2026, a2026)) {
            campaigns.save(c);
        }

        List<Campaign> all = campaigns.all();

        assertThat(all.stream().filter(c -> c.id().startsWith(prefix)))
                .containsExactly(a2026, c2026, b2025, a2024);
        assertThat(all).isSortedAccordingTo(
                Comparator.comparingInt(Campaign::edition).reversed().thenComparing(Campaign::id));
        assertThat(all.stream().map(Campaign::id).toList()).doesNotHaveDuplicates();
    }

    @Test
    void an_unknown_id_is_empty() {
        assertThat(campaigns.find(prefix + "nope")).isEmpty();
    }

    static Campaign campaign(String id, Track track, int edition) {
        return new Campaign(
                id,
                new LocalizedText("Label Territoires Innovants – Auvergne-Rhône-Alpes " + edition,
                        "Innovative Territories label – Auvergne-Rhône-Alpes " + edition),
                new Region("ARA", "Auvergne-Rhône-Alpes"),
                track,
                edition,
                Instant.parse(edition - 1 + "-11-01T08:00:00Z"),
                Instant.parse(edition + "-01-31T22:59:59Z"),
                ZoneId.of("Europe/Paris"),
                new RegionalSelection(LocalDate.of(edition, 3, 12), "Hôtel de Région, Lyon", 10, 5),
                List.of(
                        new Criterion("impact", new LocalizedText("Impact sur le territoire", "Local impact"), 0, 5, 2.0),
                        new Criterion("innovation", new LocalizedText("Caractère innovant", null), 1, 10, 1.5),
                        new Criterion("faisabilite", new LocalizedText("Faisabilité", "Feasibility"), 0, 4, 0.75)),
                new UploadLimits(5L * 1024 * 1024, 4, List.of(FileType.PDF, FileType.ODT, FileType.DOCX)));
    }
}
