package fr.interconnectes.candidatures.decisions;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Region;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.MailTestBench;
import fr.interconnectes.candidatures.testing.Refusals;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Where finalists may be carried: the national round of the same track and edition, nowhere else. */
class SendDecisionsCarryTargetTest {

    static final Instant NOW = Fixtures.AFTER_DEADLINE.plus(Duration.ofDays(10));

    final MailTestBench bench = MailTestBench.at(NOW);
    final SendDecisions sendDecisions = new SendDecisions(bench.campaigns(), bench.candidacies(), bench.writer(),
            bench.counters(), bench.notifier(), bench.audit(), bench.clock(), SendDecisions.DEFAULT_DELIVERY_BUDGET,
            bench.metrics());

    @BeforeEach
    void aFinalist() {
        Candidacy submitted = Fixtures.submitted("c1", "ARA-2019-L-0001", Fixtures.DURING_CALL);
        bench.candidacies().put(submitted.withDecision(
                new Decision(Decision.Outcome.FINALIST, null, "organiser-sub", NOW.minus(Duration.ofDays(1)), null)));
    }

    private void nothingCarriedAnywhere() {
        assertThat(bench.candidacies().all()).extracting(Candidacy::campaignId).containsOnly(Fixtures.LABEL_CAMPAIGN);
        assertThat(bench.candidacies().stored("c1").decision().pending()).as("not even the mail").isTrue();
    }

    @Test
    void a_regional_organiser_cannot_carry_their_finalists_into_another_regions_campaign() {
        bench.campaigns().save(Fixtures.otherRegionCampaign());

        refused(ErrorCode.OUT_OF_REGION, () -> sendDecisions.execute(Fixtures.regionalOrganiser("ARA"),
                Fixtures.LABEL_CAMPAIGN, Fixtures.OTHER_REGION_CAMPAIGN, null));

        nothingCarriedAnywhere();
    }

    @Test
    void no_organiser_can_carry_finalists_into_a_regional_campaign() {
        bench.campaigns().save(Fixtures.otherRegionCampaign());

        var refusal = refused(ErrorCode.NOT_NATIONAL_ROUND, () -> sendDecisions.execute(Fixtures.organiser(),
                Fixtures.LABEL_CAMPAIGN, Fixtures.OTHER_REGION_CAMPAIGN, null));

        assertThat(refusal.message(fr.interconnectes.candidatures.domain.Language.FR)).contains(Fixtures.OTHER_REGION_CAMPAIGN);
        nothingCarriedAnywhere();
    }

    @Test
    void nor_into_the_national_round_of_another_edition() {
        Campaign national2020 = Fixtures.nationalLabelCampaign();
        bench.campaigns().save(new Campaign("national-2020-label", national2020.title(), new Region(Region.NATIONAL, "France"),
                national2020.track(), 2020, national2020.opensAt().plus(Duration.ofDays(366)),
                national2020.closesAt().plus(Duration.ofDays(366)), national2020.timeZone(), null,
                national2020.criteria(), national2020.uploadLimits()));

        var refusal = refused(ErrorCode.VALIDATION_FAILED, () -> sendDecisions.execute(Fixtures.organiser(),
                Fixtures.LABEL_CAMPAIGN, "national-2020-label", null));

        assertThat(Refusals.field(refusal, "nationalCampaignId").code()).isEqualTo("edition_mismatch");
        nothingCarriedAnywhere();
    }

    @Test
    void a_regional_organiser_carries_their_finalists_into_the_national_round() {
        var result = sendDecisions.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN,
                Fixtures.NATIONAL_LABEL_CAMPAIGN, null);

        assertThat(result.carried()).singleElement()
                .satisfies(c -> assertThat(bench.candidacies().stored(c.nationalCandidacyId()).campaignId())
                        .isEqualTo(Fixtures.NATIONAL_LABEL_CAMPAIGN));
    }
}
