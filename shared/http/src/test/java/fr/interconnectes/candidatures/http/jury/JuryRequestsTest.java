package fr.interconnectes.candidatures.http.jury;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.Language;
import fr.interconnectes.candidatures.http.Requests;
import fr.interconnectes.candidatures.jury.AssignJurors;
import fr.interconnectes.candidatures.jury.DeclareConflict;
import fr.interconnectes.candidatures.jury.SubmitScores;
import fr.interconnectes.candidatures.testing.Refusals;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JuryRequestsTest {

    // ------------------------------------------------------------------------------------ jurors

    @Test
    void the_jurors_come_once_each_in_the_organisers_order() {
        AssignJurors.Command command = JuryRequests.assignJurors("c1",
                Requests.json("{\"jurorIds\": [\"juror-2\", \"8a1f4c2e-5b7d\", \"juror-2\"]}"));

        assertThat(command).isEqualTo(new AssignJurors.Command("c1", List.of("juror-2", "8a1f4c2e-5b7d")));
        assertThat(JuryRequests.assignJurors("c1", Requests.json("{\"jurorIds\": []}")).jurorIds()).isEmpty();
    }

    @Test
    void every_faulty_juror_id_is_reported() {
        var refused = Refusals.of(() -> JuryRequests.assignJurors("c1",
                Requests.json("{\"jurorIds\": [\"ok-1\", 42, \"has space\", \"\"]}")));

        assertThat(refused.code()).isEqualTo(ErrorCode.VALIDATION_FAILED);
        assertThat(Refusals.fields(refused)).containsExactly(
                "jurorIds[1] wrong_type", "jurorIds[2] invalid_format", "jurorIds[3] invalid_format");
        assertThat(Refusals.field(refused, "jurorIds[1]").message().in(Language.EN))
                .isEqualTo("Wrong value type: a string is expected.");
    }

    @Test
    void the_list_is_required_an_array_and_of_thirty_jurors_at_most() {
        assertThat(Refusals.fields(Refusals.of(() -> JuryRequests.assignJurors("c1", Requests.json("{}")))))
                .containsExactly("jurorIds required");
        var notAList = Refusals.of(() -> JuryRequests.assignJurors("c1", Requests.json("{\"jurorIds\": \"ok-1\"}")));
        assertThat(Refusals.fields(notAList)).containsExactly("jurorIds wrong_type");
        assertThat(Refusals.field(notAList, "jurorIds").message().in(Language.FR)).contains("un tableau");
        String many = IntStream.range(0, 31).mapToObj(i -> "\"juror-" + i + "\"").collect(Collectors.joining(","));
        var tooMany = Refusals.of(() -> JuryRequests.assignJurors("c1", Requests.json("{\"jurorIds\": [" + many + "]}")));
        assertThat(Refusals.fields(tooMany)).containsExactly("jurorIds too_many");
        assertThat(Refusals.field(tooMany, "jurorIds").message().in(Language.EN)).isEqualTo("At most 30 jurors per dossier.");
        assertThat(Refusals.fields(Refusals.of(() -> JuryRequests.assignJurors("c1",
                Requests.json("{\"jurorIds\": [], \"extra\": 1}"))))).containsExactly("extra unknown_field");
        assertThat(Refusals.of(() -> JuryRequests.assignJurors("c1", Requests.json("jurorIds=1"))).code())
                .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        assertThat(Refusals.of(() -> JuryRequests.assignJurors("c1", Requests.withBody("text/plain", "{}"))).code())
                .isEqualTo(HttpErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }

    // ------------------------------------------------------------------------------------ conflict

    @Test
    void the_reason_of_a_conflict_is_cleaned() {
        DeclareConflict.Command command = JuryRequests.declareConflict("c1",
                Requests.json("{\"reason\": \"  J'ai conseillé cette\\u0007 collectivité.  \"}"));

        assertThat(command).isEqualTo(new DeclareConflict.Command("c1", "J'ai conseillé cette collectivité."));
    }

    @Test
    void a_conflict_needs_a_reason_in_text_of_a_thousand_characters_at_most() {
        for (String body : List.of("{}", "{\"reason\": null}", "{\"reason\": \" \\u0007 \"}")) {
            assertThat(Refusals.fields(Refusals.of(() -> JuryRequests.declareConflict("c1", Requests.json(body)))))
                    .as(body).containsExactly("reason required");
        }
        assertThat(Refusals.fields(Refusals.of(() -> JuryRequests.declareConflict("c1",
                Requests.json("{\"reason\": 3}"))))).containsExactly("reason wrong_type");
        var tooLong = Refusals.of(() -> JuryRequests.declareConflict("c1",
                Requests.json("{\"reason\": \"" + "é".repeat(1001) + "\"}")));
        assertThat(Refusals.fields(tooLong)).containsExactly("reason too_long");
        assertThat(Refusals.field(tooLong, "reason").message().in(Language.EN)).contains("1000 characters");
        assertThat(JuryRequests.declareConflict("c1", Requests.json("{\"reason\": \"" + "é".repeat(1000) + "\"}"))
                .reason()).hasSize(1000);
        assertThat(Refusals.of(() -> JuryRequests.declareConflict("c1",
                Requests.json("{\"reason\": \"" + "x".repeat(17 * 1024) + "\"}"))).code())
                .isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
    }

    // ------------------------------------------------------------------------------------ scores

    @Test
    void a_score_sheet_keeps_each_criterion_given_with_its_whole_number_or_none() {
        SubmitScores.Command sheet = JuryRequests.submitScores("c1", Requests.json("""
                {"scores": {"innovation": 8, "partnership": 7.5, "user_focus": "9", "pooling": null,
                            "return_on_investment": 12345678901234567890, "charisma": -99999999999},
                 "comment": "  Cafe\\u0301 des usagers\\u0000  "}
                """));

        assertThat(sheet.candidacyId()).isEqualTo("c1");
        assertThat(sheet.scores()).containsExactly(
                Map.entry("innovation", OptionalInt.of(8)),
                Map.entry("partnership", OptionalInt.empty()),
                Map.entry("user_focus", OptionalInt.empty()),
                Map.entry("return_on_investment", OptionalInt.of(Integer.MAX_VALUE)),
                Map.entry("charisma", OptionalInt.of(Integer.MIN_VALUE)));
        assertThat(sheet.comment()).isEqualTo("Café des usagers");
        assertThat(sheet.faults()).isEmpty();
    }

    @Test
    void the_faults_of_a_score_sheet_travel_to_the_use_case() {
        SubmitScores.Command missing = JuryRequests.submitScores("c1",
                Requests.json("{\"comment\": \"" + "x".repeat(2001) + "\"}"));
        assertThat(missing.scores()).isNull();
        assertThat(missing.faults()).extracting(f -> f.field() + " " + f.code())
                .containsExactly("scores required", "comment too_long");

        SubmitScores.Command notAnObject = JuryRequests.submitScores("c1",
                Requests.json("{\"scores\": [1, 2], \"comment\": 5}"));
        assertThat(notAnObject.scores()).isNull();
        assertThat(notAnObject.faults()).extracting(f -> f.field() + " " + f.code())
                .containsExactly("scores wrong_type", "comment wrong_type");
        assertThat(notAnObject.faults().get(0).message().in(Language.EN))
                .isEqualTo("Wrong value type: an object is expected.");

        SubmitScores.Command longest = JuryRequests.submitScores("c1",
                Requests.json("{\"scores\": {}, \"comment\": \"" + "é".repeat(2000) + "\"}"));
        assertThat(longest.faults()).isEmpty();
        assertThat(longest.scores()).isEmpty();
    }

    @Test
    void a_score_sheet_is_a_small_json_object_with_scores_and_a_comment_only() {
        assertThat(Refusals.fields(Refusals.of(() -> JuryRequests.submitScores("c1",
                Requests.json("{\"scores\": {}, \"total\": 40}"))))).containsExactly("total unknown_field");
        assertThat(Refusals.of(() -> JuryRequests.submitScores("c1", Requests.json("[]"))).code())
                .isEqualTo(HttpErrorCode.MALFORMED_JSON);
        assertThat(Refusals.of(() -> JuryRequests.submitScores("c1",
                Requests.json("{\"comment\": \"" + "x".repeat(33 * 1024) + "\"}"))).code())
                .isEqualTo(HttpErrorCode.BODY_TOO_LARGE);
    }

    // ------------------------------------------------------------------------------------ a juror's list

    @Test
    void a_jurors_list_names_its_campaign() {
        assertThat(JuryRequests.assignmentsCampaignId(Requests.query(Map.of("campaignId", "aura-2027-label"))))
                .isEqualTo("aura-2027-label");
        for (Map<String, String> query : List.of(Map.<String, String>of(), Map.of("campaignId", " "))) {
            assertThat(Refusals.fields(Refusals.of(() -> JuryRequests.assignmentsCampaignId(Requests.query(query)))))
                    .containsExactly("campaignId required");
        }
    }
}
