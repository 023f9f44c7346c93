package fr.interconnectes.candidatures.jury;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.access.AdminAccess;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.jury.GetScores.Visibility;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class GetScoresTest {

    private static final Instant AT = Fixtures.DURING_CALL;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final GetScores getScores = new GetScores(new AdminAccess(juryRecords),
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.otherRegionCampaign()), candidacies, juryRecords);

    private final Candidacy dossier = candidacies.put(Fixtures.submitted("c1", "ARA-2019-L-0001", AT));
    /** Assigned in this order: zoe first, then adam and bob at the same moment. */
    private final JuryRecord zoe = juryRecords.save(Fixtures.assigned("c1", "zoe", AT)
            .withScores(Fixtures.evenScores(8), "Très convaincant.", AT.plusSeconds(60)));
    private final JuryRecord bob = juryRecords.save(Fixtures.assigned("c1", "bob", AT.plus(Duration.ofHours(1))));
    private final JuryRecord adam = juryRecords.save(Fixtures.assigned("c1", "adam", AT.plus(Duration.ofHours(1))));

    private GetScores.Result asJuror(String sub) {
        return getScores.execute(Fixtures.juror(sub), "c1");
    }

    @Test
    void organisers_see_every_jurors_record_in_assignment_order() {
        for (Principal organiser : List.of(Fixtures.organiser(), Fixtures.regionalOrganiser("ARA"))) {
            GetScores.Result result = getScores.execute(organiser, "c1");

            assertThat(result.visibility()).isEqualTo(Visibility.ORGANISER);
            assertThat(result.mine()).isNull();
            assertThat(result.others()).containsExactly(zoe, adam, bob);
            assertThat(result.candidacy()).isEqualTo(dossier);
            assertThat(result.campaign().id()).isEqualTo(Fixtures.LABEL_CAMPAIGN);
        }
    }

    @Test
    void a_record_without_an_assignment_time_comes_last() {
        JuryRecord undated = juryRecords.save(new JuryRecord("c1", Fixtures.LABEL_CAMPAIGN, "aaron", null, null, null,
                null, null, null, null, 0));

        assertThat(getScores.execute(Fixtures.organiser(), "c1").others()).containsExactly(zoe, adam, bob, undated);
    }

    @Test
    void a_juror_who_has_not_scored_sees_only_their_own_sheet() {
        GetScores.Result result = asJuror("adam");

        assertThat(result.visibility()).isEqualTo(Visibility.HIDDEN_UNTIL_YOU_SCORE);
        assertThat(result.mine()).isEqualTo(adam);
        assertThat(result.others()).isEmpty();
    }

    @Test
    void once_they_scored_a_juror_sees_every_other_jurors_sheet_scored_or_not() {
        GetScores.Result result = asJuror("zoe");

        assertThat(result.visibility()).isEqualTo(Visibility.OTHERS_VISIBLE);
        assertThat(result.mine()).isEqualTo(zoe);
        assertThat(result.others()).containsExactly(adam, bob);
    }

    @Test
    void a_juror_with_a_conflict_of_interest_never_sees_the_others() {
        JuryRecord conflicted = juryRecords.save(bob.withConflict("Ancien employeur", AT.plus(Duration.ofHours(2))));

        GetScores.Result result = asJuror("bob");

        assertThat(result.visibility()).isEqualTo(Visibility.HIDDEN_CONFLICT_OF_INTEREST);
        assertThat(result.mine()).isEqualTo(conflicted);
        assertThat(result.others()).isEmpty();
    }

    @Test
    void records_filed_under_another_campaign_are_left_out() {
        juryRecords.save(JuryRecord.assigned("c1", Fixtures.OTHER_REGION_CAMPAIGN, "stray", "someone", AT));

        assertThat(getScores.execute(Fixtures.organiser(), "c1").others()).extracting(JuryRecord::jurorId)
                .containsExactly("zoe", "adam", "bob");
        assertThat(asJuror("zoe").others()).extracting(JuryRecord::jurorId).containsExactly("adam", "bob");
        refused(ErrorCode.NOT_ASSIGNED, () -> asJuror("stray"));
    }

    @Test
    void strangers_to_the_dossier_are_refused() {
        refused(ErrorCode.NOT_ASSIGNED, () -> asJuror("carol"));
        refused(ErrorCode.OUT_OF_REGION, () -> getScores.execute(Fixtures.regionalOrganiser("IDF"), "c1"));
        refused(ErrorCode.FORBIDDEN, () -> getScores.execute(Fixtures.withoutRole(), "c1"));
        refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> getScores.execute(Fixtures.organiser(), "cDoesNotExist00"));
    }
}
