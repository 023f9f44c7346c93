package fr.interconnectes.candidatures.jury;

import static fr.interconnectes.candidatures.testing.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.InMemoryCampaigns;
import fr.interconnectes.candidatures.testing.InMemoryCandidacies;
import fr.interconnectes.candidatures.testing.InMemoryJuryRecords;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class ListMyAssignmentsTest {

    private static final Instant AT = Fixtures.DURING_CALL;

    private final InMemoryCandidacies candidacies = new InMemoryCandidacies();
    private final InMemoryJuryRecords juryRecords = new InMemoryJuryRecords();
    private final ListMyAssignments listMyAssignments = new ListMyAssignments(
            new InMemoryCampaigns(Fixtures.labelCampaign(), Fixtures.startupCampaign()), candidacies, juryRecords);
    private final Principal juror = Fixtures.juror("juror-1");

    private void assign(String candidacyId, String jurorSub) {
        juryRecords.save(Fixtures.assigned(candidacyId, jurorSub, AT));
    }

    @Test
    void a_juror_lists_their_submitted_dossiers_in_receipt_order_with_their_record() {
        candidacies.put(Fixtures.submitted("cA", "ARA-2019-L-0003", AT));
        candidacies.put(Fixtures.submitted("cB", "ARA-2019-L-0001", AT));
        candidacies.put(Fixtures.submitted("cC", "ARA-2019-L-0002", AT));
        candidacies.put(Fixtures.submitted("cNotMine", "ARA-2019-L-0004", AT));
        assign("cA", "juror-1");
        assign("cB", "juror-1");
        assign("cC", "juror-1");
        assign("cNotMine", "juror-2");
        juryRecords.save(juryRecords.find("cB", "juror-1").orElseThrow().withScores(Fixtures.evenScores(6), null, AT));

        ListMyAssignments.Result result = listMyAssignments.execute(juror, Fixtures.LABEL_CAMPAIGN);

        assertThat(result.campaign()).isEqualTo(Fixtures.labelCampaign());
        assertThat(result.assignments())
                .extracting(a -> a.candidacy().id(), a -> a.candidacy().receipt().number(), a -> a.record().scored())
                .containsExactly(tuple("cB", "ARA-2019-L-0001", true), tuple("cC", "ARA-2019-L-0002", false),
                        tuple("cA", "ARA-2019-L-0003", false));
        assertThat(result.assignments()).allSatisfy(a -> assertThat(a.record().jurorId()).isEqualTo("juror-1"));
    }

    @Test
    void dossiers_no_longer_submitted_or_gone_are_left_out() {
        candidacies.put(Fixtures.submitted("cWithdrawn", "ARA-2019-L-0001", AT).withdrawn(AT));
        candidacies.put(Fixtures.readyToSubmit("cDraft", "t", AT));
        candidacies.put(Fixtures.submitted("cKept", "ARA-2019-L-0002", AT));
        for (String id : new String[] {"cWithdrawn", "cDraft", "cKept", "cGone"}) {
            assign(id, "juror-1");
        }

        assertThat(listMyAssignments.execute(juror, Fixtures.LABEL_CAMPAIGN).assignments())
                .extracting(a -> a.candidacy().id()).containsExactly("cKept");
    }

    @Test
    void only_the_assignments_of_the_campaign_asked_for() {
        candidacies.put(Fixtures.submitted("cLabel", "ARA-2019-L-0001", AT));
        candidacies.put(Fixtures.submitted("cMisfiled", "ARA-2019-L-0002", AT));
        assign("cLabel", "juror-1");
        // a record filed under the start-up campaign for a dossier of the label campaign counts in neither
        juryRecords.save(JuryRecord.assigned("cMisfiled", Fixtures.STARTUP_CAMPAIGN, "juror-1", "organiser-sub", AT));

        assertThat(listMyAssignments.execute(juror, Fixtures.STARTUP_CAMPAIGN).assignments()).isEmpty();
        assertThat(listMyAssignments.execute(juror, Fixtures.LABEL_CAMPAIGN).assignments())
                .extracting(a -> a.candidacy().id()).containsExactly("cLabel");
        assertThat(listMyAssignments.execute(Fixtures.juror("juror-9"), Fixtures.LABEL_CAMPAIGN).assignments()).isEmpty();
    }

    @Test
    void jurors_only_even_before_the_campaign_is_checked() {
        refused(ErrorCode.FORBIDDEN, () -> listMyAssignments.execute(Fixtures.organiser(), Fixtures.LABEL_CAMPAIGN));
        refused(ErrorCode.FORBIDDEN, () -> listMyAssignments.execute(Fixtures.regionalOrganiser("ARA"), Fixtures.LABEL_CAMPAIGN));
        refused(ErrorCode.FORBIDDEN, () -> listMyAssignments.execute(Fixtures.withoutRole(), null));
    }

    @Test
    void an_unknown_campaign_is_not_found() {
        refused(ErrorCode.CAMPAIGN_NOT_FOUND, () -> listMyAssignments.execute(juror, "nowhere-2019"));
    }
}
