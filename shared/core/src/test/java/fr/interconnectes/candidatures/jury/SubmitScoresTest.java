package fr.interconnectes.candidatures.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FieldError;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.domain.access.Principal;
import fr.interconnectes.candidatures.domain.candidacy.Decision;
import fr.interconnectes.candidatures.domain.candidacy.FieldErrorCode;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.testing.Fixtures;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SubmitScoresTest {

    private static final String DOSSIER = JuryBench.DOSSIER;

    private final JuryBench bench = new JuryBench();
    private final SubmitScores submitScores = new SubmitScores(bench.access(), bench.campaigns, bench.candidacies,
            bench.jury, bench.audit(), bench.clock);
    private final Principal juror = bench.assignedJuror("juror-1");

    @Test
    void the_assigned_juror_scores_every_criterion_of_the_grid_and_may_change_their_mind() {
        SubmitScores.Result first = submitScores.execute(juror, sheet(Fixtures.evenScores(7), "Solide."));

        assertThat(first.record().scores()).isEqualTo(Fixtures.evenScores(7));
        assertThat(first.record().comment()).isEqualTo("Solide.");
        assertThat(first.record().scoredAt()).isEqualTo(bench.clock.instant());
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scores()).containsEntry("innovation", 7);

        submitScores.execute(juror, sheet(Fixtures.evenScores(9), null));

        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scores()).containsEntry("innovation", 9);
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).comment()).isNull();
        assertThat(bench.log.actions()).containsExactly("scores_put", "scores_put");
        assertThat(bench.log.entries().get(0).details()).containsEntry("criteria", "5")
                .containsEntry("firstScoring", "true");
        assertThat(bench.log.entries().get(1).details()).containsEntry("firstScoring", "false");
        assertThat(bench.log.entries().toString()).doesNotContain("Solide");
    }

    @Test
    void the_grids_faults_and_the_requests_come_all_at_once_and_nothing_is_stored() {
        Map<String, OptionalInt> given = new LinkedHashMap<>();
        given.put("innovation", OptionalInt.of(11));
        given.put("partnership", OptionalInt.empty());
        given.put("pooling_interoperability", OptionalInt.of(-1));
        given.put("return_on_investment", OptionalInt.of(10));
        given.put("charisma", OptionalInt.of(5));
        given.put("stamina", OptionalInt.empty());
        FieldError longComment = FieldErrorCode.TOO_LONG.at("comment", "2000");

        DomainException refused = Refusals.of(() -> submitScores.execute(juror,
                new SubmitScores.Command(DOSSIER, given, null, List.of(longComment))));

        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(Refusals.fields(refused)).containsExactly(
                "scores.innovation out_of_range",
                "scores.user_focus required",
                "scores.partnership wrong_type",
                "scores.pooling_interoperability out_of_range",
                "scores.charisma unknown_field",
                "scores.stamina unknown_field",
                "comment too_long");
        assertThat(Refusals.field(refused, "scores.innovation").message().in(Language.FR)).contains("de 0 à 10");
        assertThat(Refusals.field(refused, "scores.innovation").message().in(Language.EN)).contains("from 0 to 10");
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scored()).isFalse();
        assertThat(bench.log.entries()).isEmpty();
    }

    @Test
    void without_a_score_object_only_the_requests_faults_are_reported() {
        DomainException refused = Refusals.of(() -> submitScores.execute(juror,
                new SubmitScores.Command(DOSSIER, null, "ok", List.of(FieldErrorCode.REQUIRED.at("scores")))));

        assertThat(Refusals.fields(refused)).containsExactly("scores required");
    }

    @Test
    void an_unknown_criterion_is_cut_to_a_readable_length() {
        Map<String, OptionalInt> given = new LinkedHashMap<>();
        Fixtures.evenScores(5).forEach((id, score) -> given.put(id, OptionalInt.of(score)));
        given.put("x".repeat(200), OptionalInt.of(1));

        DomainException refused = Refusals.of(() -> submitScores.execute(juror,
                new SubmitScores.Command(DOSSIER, given, null, List.of())));

        assertThat(refused.fieldErrors()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("unknown_field");
            assertThat(f.field()).hasSize(80).startsWith("scores.xxx");
        });
    }

    @Test
    void only_the_jurors_assigned_to_the_dossier_in_its_campaign_score_it_even_with_a_faulty_sheet() {
        SubmitScores.Command faulty = new SubmitScores.Command(DOSSIER, Map.of(), null, List.of());
        bench.jury.save(JuryRecord.assigned(DOSSIER, Fixtures.OTHER_REGION_CAMPAIGN, "juror-elsewhere", "organiser-sub",
                Fixtures.DURING_CALL));

        assertThat(Refusals.of(() -> submitScores.execute(Fixtures.juror("juror-2"), faulty)).code())
                .isEqualTo(ErrorCode.NOT_ASSIGNED);
        assertThat(Refusals.of(() -> submitScores.execute(Fixtures.juror("juror-elsewhere"), faulty)).code())
                .isEqualTo(ErrorCode.NOT_ASSIGNED);
        assertThat(Refusals.of(() -> submitScores.execute(Fixtures.organiser(), faulty)).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> submitScores.execute(Fixtures.regionalOrganiser("ARA"), faulty)).code())
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(Refusals.of(() -> submitScores.execute(juror,
                new SubmitScores.Command("c-missing", Map.of(), null, List.of()))).code())
                .isEqualTo(ErrorCode.CANDIDACY_NOT_FOUND);
    }

    @Test
    void a_juror_who_declared_a_conflict_of_interest_no_longer_scores() {
        bench.jury.save(bench.jury.stored(DOSSIER, juror.sub()).withConflict("Ancien employeur", bench.clock.instant()));

        assertThat(Refusals.of(() -> submitScores.execute(juror, sheet(Fixtures.evenScores(5), null))).code())
                .isEqualTo(ErrorCode.CONFLICT_OF_INTEREST);
    }

    @Test
    void a_conflict_declared_while_the_scores_are_written_wins() {
        bench.jury.beforeNextWrite(records -> records.save(
                records.stored(DOSSIER, juror.sub()).withConflict("Déclaré entre-temps", bench.clock.instant())));

        assertThat(Refusals.of(() -> submitScores.execute(juror, sheet(Fixtures.evenScores(5), null))).code())
                .isEqualTo(ErrorCode.CONFLICT_OF_INTEREST);
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scored()).isFalse();
        assertThat(bench.log.entries()).isEmpty();
    }

    @Test
    void a_juror_removed_while_the_scores_are_written_is_no_longer_assigned() {
        bench.jury.beforeNextWrite(records -> records.delete(DOSSIER, juror.sub()));

        assertThat(Refusals.of(() -> submitScores.execute(juror, sheet(Fixtures.evenScores(5), null))).code())
                .isEqualTo(ErrorCode.NOT_ASSIGNED);
    }

    @Test
    void only_a_submitted_dossier_whose_decision_was_not_sent_is_scored() {
        var submitted = bench.candidacies.stored(DOSSIER);
        bench.candidacies.put(submitted.withdrawn(bench.clock.instant()));
        assertThat(Refusals.of(() -> submitScores.execute(juror, sheet(Fixtures.evenScores(5), null))).code())
                .isEqualTo(ErrorCode.NOT_SUBMITTED);

        bench.candidacies.put(Fixtures.withSentDecision(submitted, Decision.Outcome.FINALIST, bench.clock.instant()));
        assertThat(Refusals.of(() -> submitScores.execute(juror, sheet(Fixtures.evenScores(5), null))).code())
                .isEqualTo(ErrorCode.DECISION_ALREADY_SENT);
        assertThat(bench.jury.stored(DOSSIER, juror.sub()).scored()).isFalse();
    }

    private static SubmitScores.Command sheet(Map<String, Integer> scores, String comment) {
        Map<String, OptionalInt> given = new LinkedHashMap<>();
        scores.forEach((id, score) -> given.put(id, OptionalInt.of(score)));
        return new SubmitScores.Command(DOSSIER, given, comment, List.of());
    }
}
