package fr.interconnectes.candidatures.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.decisions.SendDecisions;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.Erasure;
import fr.interconnectes.candidatures.domain.candidacy.Receipt;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.Refusals;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An organiser erases a dossier at its applicant's request. */
class EraseCandidacyTest {

    private static final Instant AFTER_SELECTION = Instant.parse("2019-12-20T10:00:00Z");
    private static final String REASON = "Demande reçue par courriel le 18 décembre 2019";

    private final Campaign label = Fixtures.labelCampaign();
    private final Campaign national = Fixtures.nationalLabelCampaign();
    private final PrivacyBench bench = new PrivacyBench(AFTER_SELECTION, label, national, Fixtures.otherRegionCampaign());

    private Candidacy notSelected() {
        return bench.store(PrivacyBench.withFile(Fixtures.withSentDecision(
                Fixtures.submittedTo(label, "cAsked", "ARA-2019-L-0001", Fixtures.DURING_CALL),
                Decision.Outcome.NOT_SELECTED, Fixtures.AFTER_DEADLINE)));
    }

    @Test
    void the_dossier_is_erased_at_once_its_files_and_jury_texts_included_and_its_token_opens_nothing() {
        notSelected();
        bench.juryRecords.put(Fixtures.assigned("cAsked", "juror-1")
                .withScores(Fixtures.evenScores(7), "Mme Dupré a bien présenté", Fixtures.DURING_CALL));

        var erased = bench.eraseCandidacy().execute(Fixtures.regionalOrganiser("ARA"),
                new EraseCandidacy.Command("cAsked", REASON, false));

        assertThat(erased.complete()).isTrue();
        Candidacy stored = bench.candidacies.stored("cAsked");
        assertThat(stored.erasure().cause()).isEqualTo(Erasure.Cause.REQUEST);
        assertThat(stored.erasure().reason()).isEqualTo(REASON);
        assertThat(stored.erasure().requestedBy()).isEqualTo("regional-ARA");
        assertThat(stored.contactEmail()).isNull();
        assertThat(bench.files.holds("campaigns/aura-2019-label/candidacies/cAsked/a1.pdf")).isFalse();
        var jury = bench.juryRecords.stored("cAsked", "juror-1");
        assertThat(jury.comment()).isNull();
        assertThat(jury.scores()).isEqualTo(Fixtures.evenScores(7));
        assertThat(bench.auditLog.actions()).containsExactly("erasure_requested", "erasure_started", "erasure_completed");
        assertThat(bench.auditLog.entries().get(0).details()).containsEntry("reason", REASON).containsEntry("force", "false");
        Refusals.refused(ErrorCode.CANDIDACY_ERASED, () -> new ApplicantAccess(bench.candidacies).open("cAsked", "Bearer token-cAsked"));
        Refusals.refused(ErrorCode.CANDIDACY_NOT_FOUND, () -> new ApplicantAccess(bench.candidacies).open("cAsked", "Bearer wrong"));
    }

    @Test
    void a_second_request_erases_nothing_more() {
        notSelected();
        var erase = bench.eraseCandidacy();
        erase.execute(Fixtures.organiser(), new EraseCandidacy.Command("cAsked", REASON, false));
        long revision = bench.candidacies.stored("cAsked").revision();

        var again = erase.execute(Fixtures.organiser(), new EraseCandidacy.Command("cAsked", REASON, false));

        assertThat(again.complete()).isTrue();
        assertThat(bench.candidacies.stored("cAsked").revision()).isEqualTo(revision);
        assertThat(bench.completedErasures()).containsExactly("cAsked");
    }

    @Test
    void a_dossier_still_in_its_selection_is_erased_only_with_force() {
        bench.clock.set(Fixtures.AFTER_DEADLINE);
        bench.store(PrivacyBench.withFile(Fixtures.submittedTo(label, "cAsked", "ARA-2019-L-0001", Fixtures.DURING_CALL)));

        Refusals.refused(ErrorCode.SELECTION_OPEN, () -> bench.eraseCandidacy().execute(Fixtures.organiser(),
                new EraseCandidacy.Command("cAsked", REASON, false)));
        assertThat(bench.candidacies.stored("cAsked").erased()).isFalse();
        assertThat(bench.auditLog.entries()).isEmpty();

        var forced = bench.eraseCandidacy().execute(Fixtures.organiser(), new EraseCandidacy.Command("cAsked", REASON, true));
        assertThat(forced.complete()).isTrue();
    }

    @Test
    void a_decision_recorded_but_not_sent_keeps_the_selection_open() {
        bench.store(PrivacyBench.withFile(Fixtures.submittedTo(label, "cAsked", "ARA-2019-L-0001", Fixtures.DURING_CALL)
                .withDecision(new Decision(Decision.Outcome.FINALIST, null, "organiser-sub", Fixtures.AFTER_DEADLINE, null))));

        Refusals.refused(ErrorCode.SELECTION_OPEN, () -> bench.eraseCandidacy().execute(Fixtures.organiser(),
                new EraseCandidacy.Command("cAsked", REASON, false)));
    }

    @Test
    void an_organiser_of_another_region_erases_nothing() {
        notSelected();

        Refusals.refused(ErrorCode.OUT_OF_REGION, () -> bench.eraseCandidacy().execute(Fixtures.regionalOrganiser("IDF"),
                new EraseCandidacy.Command("cAsked", REASON, false)));
        Refusals.refused(ErrorCode.FORBIDDEN, () -> bench.eraseCandidacy().execute(Fixtures.juror("juror-1"),
                new EraseCandidacy.Command("cAsked", REASON, false)));
        assertThat(bench.candidacies.stored("cAsked").erased()).isFalse();
    }

    /** A regional finalist with a file, and the national dossier carried from it; returns the national id. */
    private String finalistCarriedToTheNationalRound(String id) {
        Candidacy regional = bench.store(PrivacyBench.withFile(Fixtures.withSentDecision(
                Fixtures.submittedTo(label, id, "ARA-2019-L-0001", Fixtures.DURING_CALL),
                Decision.Outcome.FINALIST, Fixtures.AFTER_DEADLINE)));
        String nationalId = SendDecisions.nationalCandidacyId(national.id(), regional.id());
        bench.candidacies.put(regional.carriedInto(nationalId, national.id(), new Receipt("FR-2019-L-0001",
                AFTER_SELECTION), AFTER_SELECTION).atRevision(1));
        return nationalId;
    }

    @Test
    void a_finalist_is_erased_with_the_national_dossier_carried_from_it() {
        String nationalId = finalistCarriedToTheNationalRound("cAsked");
        bench.clock.set(Instant.parse("2020-01-10T10:00:00Z"));

        var erased = bench.eraseCandidacy().execute(Fixtures.organiser(), new EraseCandidacy.Command(nationalId, REASON, false));

        assertThat(erased.dossiers()).extracting(Candidacy::id).containsExactly("cAsked", nationalId);
        assertThat(bench.candidacies.stored(nationalId).form().applicant().organisation()).isNull();
        assertThat(bench.candidacies.stored("cAsked").erasure().complete()).isTrue();
        assertThat(bench.files.holds("campaigns/aura-2019-label/candidacies/cAsked/a1.pdf")).isFalse();
    }

    @Test
    void the_retention_job_waits_for_the_national_round_before_erasing_a_finalist() {
        String nationalId = finalistCarriedToTheNationalRound("cFinalist");
        // the national round closed on 30 November 2019 (no selection day): its finalists' period runs from then
        Instant regionalDue = Instant.parse("2019-10-17T22:00:00Z").atZone(Fixtures.PARIS).plusMonths(60).toInstant();
        Instant nationalDue = national.closesAt().atZone(Fixtures.PARIS).plusMonths(36).toInstant();
        assertThat(nationalDue).isBefore(regionalDue);
        bench.clock.set(nationalDue);
        bench.retention(10).execute(java.time.Duration.ofMinutes(1));
        assertThat(bench.completedErasures()).isEmpty();

        bench.clock.set(regionalDue);
        bench.retention(10).execute(java.time.Duration.ofMinutes(1));

        assertThat(bench.completedErasures()).containsExactlyInAnyOrder("cFinalist", nationalId);
    }
}
