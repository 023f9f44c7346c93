package fr.interconnectes.candidatures.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.LocalizedText;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryAuditLog;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.Refusals;
import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SaveCampaignTest {

    private final TestClock clock = TestClock.at("2019-10-01T08:00:00Z");
    private final InMemoryCampaigns campaigns = new InMemoryCampaigns(Fixtures.otherRegionCampaign());
    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final SaveCampaign saveCampaign = new SaveCampaign(campaigns, new Audit(log, clock), clock);

    @Test
    void an_organiser_creates_a_campaign_then_updates_it() {
        SaveCampaign.Saved created = saveCampaign.save(Fixtures.organiser(), Fixtures.labelCampaign());

        assertThat(created.created()).isTrue();
        assertThat(created.campaign().campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(created.campaign().status().code()).isEqualTo("open");
        assertThat(campaigns.find(Fixtures.LABEL_CAMPAIGN)).contains(Fixtures.labelCampaign());

        SaveCampaign.Saved updated = saveCampaign.save(Fixtures.regionalOrganiser("ARA"), Fixtures.labelCampaign());

        assertThat(updated.created()).isFalse();
        assertThat(log.actions()).containsExactly("campaign_created", "campaign_updated");
        assertThat(log.entries().get(1).actor()).isEqualTo("regional-ARA");
        assertThat(log.entries().get(1).campaignId()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
    }

    @Test
    void a_regional_organiser_saves_only_in_their_region_and_jurors_never() {
        assertThat(Refusals.of(() -> saveCampaign.save(Fixtures.regionalOrganiser("ARA"),
                Fixtures.otherRegionCampaign())).code()).isEqualTo(ErrorCode.OUT_OF_REGION);
        // taking another region's campaign into one's own is refused too
        Campaign idf = Fixtures.otherRegionCampaign();
        Campaign movedToAra = new Campaign(idf.id(), idf.title(), new Region("ARA", "Auvergne-Rhône-Alpes"),
                idf.track(), idf.edition(), idf.opensAt(), idf.closesAt(), idf.timeZone(), idf.regionalSelection(),
                idf.criteria(), idf.uploadLimits());
        assertThat(Refusals.of(() -> saveCampaign.save(Fixtures.regionalOrganiser("ARA"), movedToAra)).code())
                .isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> saveCampaign.save(Fixtures.juror("juror-1"), Fixtures.labelCampaign())).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(campaigns.find(Fixtures.LABEL_CAMPAIGN)).isEmpty();
        assertThat(campaigns.find(idf.id())).contains(idf);
        assertThat(log.entries()).isEmpty();
    }

    @Test
    void a_copy_is_the_next_edition_at_the_same_local_times() {
        campaigns.save(Fixtures.labelCampaign());

        SaveCampaign.Saved copy = saveCampaign.copy(Fixtures.regionalOrganiser("ARA"),
                new SaveCampaign.Copy(Fixtures.LABEL_CAMPAIGN, "aura-2020-label", 2020));

        Campaign next = campaigns.find("aura-2020-label").orElseThrow();
        assertThat(copy.created()).isTrue();
        assertThat(copy.campaign().campaign()).isEqualTo(next);
        assertThat(next.edition()).isEqualTo(2020);
        assertThat(next.title()).isEqualTo(new LocalizedText("Label Territoires Innovants 2020 — Auvergne-Rhône-Alpes",
                "Label Territoires Innovants 2020 — Auvergne-Rhône-Alpes"));
        // 23:59:59 in Paris on 10 October, summer time both years
        assertThat(next.closesAt()).isEqualTo(Instant.parse("2020-10-10T21:59:59Z"));
        assertThat(next.opensAt()).isEqualTo(Instant.parse("2020-08-31T22:00:00Z"));
        assertThat(next.regionalSelection().date()).isEqualTo(LocalDate.of(2020, 10, 17));
        assertThat(next.regionalSelection().place()).isEqualTo("Annecy");
        assertThat(next.criteria()).isEqualTo(Fixtures.labelCampaign().criteria());
        assertThat(next.uploadLimits()).isEqualTo(Fixtures.labelCampaign().uploadLimits());
        assertThat(log.actions()).containsExactly("campaign_copied");
        assertThat(log.entries().get(0).campaignId()).isEqualTo("aura-2020-label");
        assertThat(log.entries().get(0).details()).containsEntry("from", Fixtures.LABEL_CAMPAIGN);
    }

    @Test
    void a_copy_without_a_selection_day_has_none() {
        SaveCampaign.Saved copy = saveCampaign.copy(Fixtures.organiser(),
                new SaveCampaign.Copy(Fixtures.OTHER_REGION_CAMPAIGN, "idf-2021-label", 2021));

        assertThat(copy.campaign().campaign().regionalSelection()).isNull();
        assertThat(copy.campaign().campaign().region().code()).isEqualTo("IDF");
    }

    @Test
    void a_copy_needs_its_source_the_rights_on_it_and_a_free_id() {
        campaigns.save(Fixtures.labelCampaign());

        assertThat(Refusals.of(() -> saveCampaign.copy(Fixtures.organiser(),
                new SaveCampaign.Copy("nowhere-2019", "nowhere-2020", 2020))).code())
                .isEqualTo(ErrorCode.CAMPAIGN_NOT_FOUND);
        assertThat(Refusals.of(() -> saveCampaign.copy(Fixtures.regionalOrganiser("IDF"),
                new SaveCampaign.Copy(Fixtures.LABEL_CAMPAIGN, "aura-2020-label", 2020))).code())
                .isEqualTo(ErrorCode.OUT_OF_REGION);
        assertThat(Refusals.of(() -> saveCampaign.copy(Fixtures.juror("juror-1"),
                new SaveCampaign.Copy(Fixtures.LABEL_CAMPAIGN, "aura-2020-label", 2020))).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        var exists = Refusals.of(() -> saveCampaign.copy(Fixtures.organiser(),
                new SaveCampaign.Copy(Fixtures.LABEL_CAMPAIGN, Fixtures.OTHER_REGION_CAMPAIGN, 2020)));
        assertThat(exists.code()).isEqualTo(ErrorCode.CAMPAIGN_EXISTS);
        assertThat(exists.message(Language.FR)).contains(Fixtures.OTHER_REGION_CAMPAIGN);
        assertThat(campaigns.find("aura-2020-label")).isEmpty();
        assertThat(campaigns.find(Fixtures.OTHER_REGION_CAMPAIGN).orElseThrow().region().code()).isEqualTo("IDF");
        assertThat(log.entries()).isEmpty();
    }
}
