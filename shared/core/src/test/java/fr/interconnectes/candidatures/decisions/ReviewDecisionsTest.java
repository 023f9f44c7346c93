package fr.interconnectes.candidatures.decisions;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.Decision.Outcome;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ReviewDecisionsTest {

    private static final Instant AT = Fixtures.DURING_CALL;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final ReviewDecisions reviewDecisions = new ReviewDecisions(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign()), candidacies);

    private static Decision pending(Outcome outcome) {
        return new Decision(outcome, null, "organiser-sub", AT, null);
    }

    private static Decision sent(Outcome outcome) {
        return pending(outcome).notified(AT.plusSeconds(3600));
    }

    private void filed(String id, String receipt, Decision decision) {
        Candidacy submitted = Fixtures.submitted(id, receipt, AT);
        candidacies.put(decision == null ? submitted : submitted.withDecision(decision));
    }

    private ReviewDecisions.Review review() {
        return reviewDecisions.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN);
    }

    @Test
    void every_submitted_dossier_in_receipt_order_whatever_its_decision() {
        filed("cA", "ARA-2019-L-0004", pending(Outcome.FINALIST));
        filed("cB", "ARA-2019-L-0001", null);
        filed("cC", "ARA-2019-L-0003", sent(Outcome.NOT_SELECTED));
        filed("cD", "ARA-2019-L-0002", pending(Outcome.NOT_SELECTED));
        candidacies.put(Fixtures.readyToSubmit("cDraft", "t", AT));
        candidacies.put(Fixtures.submitted("cWithdrawn", "ARA-2019-L-0005", AT).withdrawn(AT));
        candidacies.put(Fixtures.draft("cElsewhere", Fixtures.OTHER_REGION_CAMPAIGN,
                Fixtures.completeLabelForm("mairie@paris.example"), "t", AT).submitted(new Receipt("IDF-2019-L-0001", AT), AT));

        ReviewDecisions.Review review = review();

        assertThat(review.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(review.dossiers()).extracting(Candidacy::id).containsExactly("cB", "cD", "cC", "cA");
        assertThatThrownBy(() -> review.dossiers().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_counts_split_undecided_pending_and_sent_and_each_by_outcome() {
        filed("c1", "ARA-2019-L-0001", null);
        filed("c2", "ARA-2019-L-0002", null);
        filed("c3", "ARA-2019-L-0003", pending(Outcome.FINALIST));
        filed("c4", "ARA-2019-L-0004", pending(Outcome.NOT_SELECTED));
        filed("c5", "ARA-2019-L-0005", pending(Outcome.NOT_SELECTED));
        filed("c6", "ARA-2019-L-0006", sent(Outcome.FINALIST));

        ReviewDecisions.Review review = review();

        assertThat(review.undecided()).isEqualTo(2);
        assertThat(review.pending()).isEqualTo(3);
        assertThat(review.sent()).isEqualTo(1);
        assertThat(review.pending(Outcome.FINALIST)).isEqualTo(1);
        assertThat(review.pending(Outcome.NOT_SELECTED)).isEqualTo(2);
        assertThat(review.sent(Outcome.FINALIST)).isEqualTo(1);
        assertThat(review.sent(Outcome.NOT_SELECTED)).isZero();
        assertThat(review.mailsToSend()).as("one mail per pending decision").isEqualTo(3);
    }

    @Test
    void a_campaign_without_submitted_dossiers_has_nothing_to_send() {
        candidacies.put(Fixtures.readyToSubmit("cDraft", "t", AT));

        ReviewDecisions.Review review = review();

        assertThat(review.dossiers()).isEmpty();
        assertThat(review.mailsToSend()).isZero();
    }

    @Test
    void organisers_of_the_campaign_only() {
        refused(ErrorCode.FORBIDDEN, () -> reviewDecisions.execute(Fixtures.juror("juror-1"), Fixtures.LABEL_CAMPAIGN));
        refused(ErrorCode.OUT_OF_REGION, () -> reviewDecisions.execute(Fixtures.regionalOrganiser("IDF"),
                Fixtures.LABEL_CAMPAIGN));
        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> reviewDecisions.execute(Fixtures.organiser(), "aura-2099-label"));
    }
}
