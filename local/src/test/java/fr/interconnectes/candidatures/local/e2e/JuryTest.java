package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.local.e2e.AdminCalls.Caller;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The regional jury through the /admin/ handlers built from template.yaml, on dossiers filed through the local
 * API in the open demo campaign (Auvergne-Rhône-Alpes): organisers assign jurors, jurors score on the grid,
 * declare conflicts of interest, and see each other's scores only once they have scored themselves.
 */
class JuryTest {

    static final String OPEN = "aura-2027-label";

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final AdminCalls admin = new AdminCalls(backend);
    private final DynamoDbAuditLog auditLog = new DynamoDbAuditLog(backend.aws().dynamoDb(), backend.tableName());

    private final Caller national = Caller.organiser();
    private final Caller ara = Caller.regionalOrganiser("ARA");

    @BeforeEach
    @AfterEach
    void realTime() {
        api.delete("/local/clock");
    }

    // ------------------------------------------------------------------------------------ assignment

    @Test
    void the_national_organiser_and_the_regions_organiser_assign_jurors() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "assign");
        Caller first = Caller.juror();
        Caller second = Caller.juror();
        Caller third = Caller.juror();

        Api.Response byNational = admin.assignJurors(national, dossier.id(),
                jurors(first, second, first));

        assertThat(byNational.status()).as(byNational.body()).isEqualTo(200);
        JsonNode body = byNational.json();
        assertThat(body.get("candidacyId").asText()).isEqualTo(dossier.id());
        assertThat(body.get("campaignId").asText()).isEqualTo(OPEN);
        assertThat(body.get("receiptNumber").asText()).startsWith("ARA-2027-L-");
        assertThat(body.get("organisation").asText()).isEqualTo("Communauté de communes des Vallées d'Été");
        assertThat(body.get("projectTitle").asText()).isEqualTo("Guichet numérique intercommunal");
        assertThat(states(body.get("jurors"))).containsExactly(
                tuple(first.sub(), "assigned"), tuple(second.sub(), "assigned"));
        assertThat(body.at("/jurors/0/assignedBy").asText()).isEqualTo(national.sub());
        assertThat(texts(body.get("added"))).containsExactly(first.sub(), second.sub());
        assertThat(texts(body.get("removed"))).isEmpty();
        assertThat(texts(body.get("kept"))).isEmpty();
        assertNoApplicantSecret(byNational, dossier);

        Api.Response byRegion = admin.assignJurors(ara, dossier.id(), jurors(first, third));

        assertThat(byRegion.status()).as(byRegion.body()).isEqualTo(200);
        assertThat(states(byRegion.json().get("jurors"))).containsExactlyInAnyOrder(
                tuple(first.sub(), "assigned"), tuple(third.sub(), "assigned"));
        assertThat(texts(byRegion.json().get("added"))).containsExactly(third.sub());
        assertThat(texts(byRegion.json().get("removed"))).containsExactly(second.sub());

        Api.Response again = admin.assignJurors(ara, dossier.id(), jurors(first, third));
        assertThat(again.status()).isEqualTo(200);
        assertThat(texts(again.json().get("added"))).isEmpty();

        List<AuditEntry> audit = audit(dossier.id(), "jurors_assigned");
        assertThat(audit).hasSize(2); // the repeated request changed nothing
        AuditEntry latest = audit.get(0);
        assertThat(latest.actor()).isEqualTo(ara.sub());
        assertThat(latest.actorRoles()).isEqualTo("REGIONAL_ORGANISER");
        assertThat(latest.details()).containsEntry("added", third.sub()).containsEntry("removed", second.sub());
        assertThat(latest.details().get("jurorIds")).contains(first.sub(), third.sub());
        assertThat(audit.get(1).actor()).isEqualTo(national.sub());
        assertThat(audit.get(1).details()).containsEntry("added", first.sub() + "," + second.sub());
    }

    @Test
    void another_regions_organiser_a_juror_and_an_anonymous_caller_may_not_assign() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "assign-refused");
        Caller juror = Caller.juror();

        Api.Response otherRegion = admin.assignJurors(Caller.regionalOrganiser("BRE"), dossier.id(), jurors(juror));
        Api.Response asJuror = admin.assignJurors(juror, dossier.id(), jurors(juror));
        Api.Response noSub = admin.assignJurors(new Caller(null, null, "[organisers]", null), dossier.id(), jurors(juror));
        Api.Response regionless = admin.assignJurors(Caller.regionalOrganiser(null), dossier.id(), jurors(juror));

        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(otherRegion.errorCode()).isEqualTo("out_of_region");
        assertThat(regionless.errorCode()).isEqualTo("out_of_region");
        assertThat(asJuror.status()).isEqualTo(403);
        assertThat(asJuror.errorCode()).isEqualTo("forbidden");
        assertThat(noSub.status()).isEqualTo(401);
        assertThat(noSub.errorCode()).isEqualTo("not_signed_in");
        assertThat(admin.scores(national, dossier.id()).json().get("jurors")).isEmpty();
        assertThat(audit(dossier.id(), "jurors_assigned")).isEmpty();
    }

    @Test
    void a_draft_takes_no_jurors_and_bad_lists_are_refused() {
        var draft = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("draft-jury")));

        Api.Response refused = admin.assignJurors(national, draft.id(), jurors(Caller.juror()));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("not_submitted");

        Api.Response unknown = admin.assignJurors(national, "cDoesNotExist00", jurors(Caller.juror()));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("candidacy_not_found");

        var dossier = AdminCalls.submittedDossier(api, OPEN, "bad-list");
        Api.Response bad = admin.assignJurors(national, dossier.id(), "{\"jurorIds\": [\"ok-1\", 42, \"has space\"]}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorCode()).isEqualTo("validation_failed");
        assertThat(fields(bad)).containsExactly(tuple("jurorIds[1]", "wrong_type"), tuple("jurorIds[2]", "invalid_format"));
        Api.Response notAList = admin.assignJurors(national, dossier.id(), "{\"jurorIds\": \"ok-1\", \"extra\": 1}");
        assertThat(notAList.status()).isEqualTo(400);
        assertThat(fields(notAList)).containsExactly(tuple("extra", "unknown_field"));
        Api.Response missing = admin.assignJurors(national, dossier.id(), "{}");
        assertThat(fields(missing)).containsExactly(tuple("jurorIds", "required"));
        Api.Response notJson = admin.assignJurors(national, dossier.id(), "jurorIds=1");
        assertThat(notJson.errorCode()).isEqualTo("malformed_json");
    }

    @Test
    void a_juror_who_scored_is_kept_when_an_organiser_removes_them() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "keep");
        Caller scored = Caller.juror();
        Caller idle = Caller.juror();
        Caller conflicted = Caller.juror();
        Caller newcomer = Caller.juror();
        assertThat(admin.assignJurors(ara, dossier.id(), jurors(scored, idle, conflicted)).status()).isEqualTo(200);
        assertThat(admin.putScores(scored, dossier.id(), scores(6, 6, 6, 6, 6, "Solide.")).status()).isEqualTo(200);
        assertThat(admin.declareConflict(conflicted, dossier.id(), Map.of("reason", "Ancien employeur")).status())
                .isEqualTo(200);

        Api.Response changed = admin.assignJurors(ara, dossier.id(), jurors(newcomer));

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(texts(changed.json().get("kept"))).containsExactly(scored.sub());
        assertThat(texts(changed.json().get("removed"))).containsExactlyInAnyOrder(idle.sub(), conflicted.sub());
        assertThat(states(changed.json().get("jurors"))).containsExactlyInAnyOrder(
                tuple(scored.sub(), "scored"), tuple(newcomer.sub(), "assigned"));
        assertThat(admin.putScores(idle, dossier.id(), scores(5, 5, 5, 5, 5, null)).errorCode()).isEqualTo("not_assigned");
        assertThat(admin.scores(scored, dossier.id()).json().at("/mine/scores/innovation").asInt()).isEqualTo(6);
        assertThat(audit(dossier.id(), "jurors_assigned").get(0).details()).containsEntry("kept", scored.sub());
    }

    // ------------------------------------------------------------------------------------ scoring

    @Test
    void a_juror_scores_only_the_dossiers_assigned_to_them() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "unassigned");
        Caller assigned = Caller.juror();
        Caller stranger = Caller.juror();
        admin.assignJurors(national, dossier.id(), jurors(assigned));

        Api.Response put = admin.putScores(stranger, dossier.id(), scores(5, 5, 5, 5, 5, null));
        Api.Response read = admin.scores(stranger, dossier.id());
        Api.Response conflict = admin.declareConflict(stranger, dossier.id(), Map.of("reason", "?"));
        Api.Response otherRegion = admin.scores(Caller.regionalOrganiser("BRE"), dossier.id());
        Api.Response organiserScoring = admin.putScores(national, dossier.id(), scores(5, 5, 5, 5, 5, null));

        assertThat(List.of(put, read, conflict)).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("not_assigned");
        });
        assertThat(otherRegion.errorCode()).isEqualTo("out_of_region");
        assertThat(organiserScoring.status()).isEqualTo(403);
        assertThat(organiserScoring.errorCode()).isEqualTo("forbidden");
        assertThat(admin.putScores(assigned, dossier.id(), scores(5, 5, 5, 5, 5, null)).status()).isEqualTo(200);
    }

    @Test
    void scores_are_checked_against_the_grid_with_every_fault_at_once() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "validation");
        Caller juror = Caller.juror();
        admin.assignJurors(ara, dossier.id(), jurors(juror));
        ObjectNode body = Api.JSON.createObjectNode();
        ObjectNode given = body.putObject("scores");
        given.put("innovation", 11);
        given.put("partnership", 7.5);
        given.put("pooling_interoperability", -1);
        given.put("return_on_investment", 10);
        given.put("charisma", 5);
        body.put("comment", "x".repeat(2001));

        Api.Response refused = admin.putScores(juror, dossier.id(), body, "Accept-Language", "en");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("validation_failed");
        assertThat(fields(refused)).containsExactlyInAnyOrder(
                tuple("scores.innovation", "out_of_range"),
                tuple("scores.user_focus", "required"),
                tuple("scores.partnership", "wrong_type"),
                tuple("scores.pooling_interoperability", "out_of_range"),
                tuple("scores.charisma", "unknown_field"),
                tuple("comment", "too_long"));
        assertThat(refused.json().at("/error/message").asText()).isEqualTo("The request contains errors.");
        JsonNode outOfRange = field(refused, "scores.innovation");
        assertThat(outOfRange.get("message").asText()).contains("from 0 to 10");
        Api.Response french = admin.putScores(juror, dossier.id(), body);
        assertThat(field(french, "scores.innovation").get("message").asText()).contains("de 0 à 10");
        assertThat(admin.putScores(juror, dossier.id(), "{\"scores\": [1, 2]}").json().at("/error/fields/0/code").asText())
                .isEqualTo("wrong_type");
        assertThat(fields(admin.putScores(juror, dossier.id(), "{\"comment\": \"ok\"}")))
                .containsExactly(tuple("scores", "required"));

        // nothing was stored by the refused requests
        assertThat(admin.scores(juror, dossier.id()).json().at("/mine/state").asText()).isEqualTo("to_score");
        assertThat(audit(dossier.id(), "scores_put")).isEmpty();

        // a 2000-character comment fits; it is cleaned (NFC, control characters removed)
        String comment = "Cafe\u0301 \u0007des usagers\u0000 " + "é".repeat(1970);
        Api.Response accepted = admin.putScores(juror, dossier.id(), scores(10, 0, 7, 3, 9, comment));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        String stored = accepted.json().get("comment").asText();
        assertThat(stored).startsWith("Café des usagers ").doesNotContain("\u0007").doesNotContain("\u0000");
        assertThat(accepted.json().get("state").asText()).isEqualTo("scored");
        assertThat(accepted.json().get("total").asDouble()).isEqualTo(5.8);
        assertThat(accepted.json().get("scores").toString()).isEqualTo(
                "{\"innovation\":10,\"user_focus\":0,\"partnership\":7,\"pooling_interoperability\":3,\"return_on_investment\":9}");

        // the juror may change their mind; each put is audited, with the criteria count and never the comment
        Api.Response updated = admin.putScores(juror, dossier.id(), scores(9, 1, 7, 3, 9, "Revu après audition."));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().at("/scores/innovation").asInt()).isEqualTo(9);
        List<AuditEntry> audit = audit(dossier.id(), "scores_put");
        assertThat(audit).hasSize(2);
        assertThat(audit.get(0).actor()).isEqualTo(juror.sub());
        assertThat(audit.get(0).details()).containsEntry("criteria", "5").containsEntry("firstScoring", "false");
        assertThat(audit.get(1).details()).containsEntry("firstScoring", "true");
        assertThat(audit.toString()).doesNotContain("Revu après audition").doesNotContain("usagers");
    }

    @Test
    void after_declaring_a_conflict_the_juror_cannot_score_and_their_scores_are_cleared() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "conflict");
        Caller juror = Caller.juror();
        admin.assignJurors(national, dossier.id(), jurors(juror));
        assertThat(admin.putScores(juror, dossier.id(), scores(8, 8, 8, 8, 8, "Très bien")).status()).isEqualTo(200);

        Api.Response declared = admin.declareConflict(juror, dossier.id(),
                Map.of("reason", "J'ai conseillé cette\u0007 collectivité en 2026."));

        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(declared.json().get("state").asText()).isEqualTo("conflict");
        assertThat(declared.json().get("scoresCleared").asBoolean()).isTrue();
        assertThat(declared.json().at("/conflict/reason").asText()).isEqualTo("J'ai conseillé cette collectivité en 2026.");
        assertThat(declared.json().has("scores")).isFalse();

        Api.Response scoring = admin.putScores(juror, dossier.id(), scores(8, 8, 8, 8, 8, null), "Accept-Language", "en");
        assertThat(scoring.status()).isEqualTo(409);
        assertThat(scoring.errorCode()).isEqualTo("conflict_of_interest");
        assertThat(scoring.json().at("/error/message").asText()).contains("conflict of interest");

        Api.Response again = admin.declareConflict(juror, dossier.id(), Map.of("reason", "Encore"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().at("/conflict/reason").asText()).startsWith("J'ai conseillé");
        assertThat(admin.declareConflict(juror, dossier.id(), Map.of("reason", " \u0007 ")).errorCode())
                .isEqualTo("validation_failed");

        Api.Response mine = admin.scores(juror, dossier.id());
        assertThat(mine.json().at("/mine/state").asText()).isEqualTo("conflict");
        assertThat(mine.json().get("others").asText()).isEqualTo("hidden_conflict_of_interest");
        Api.Response organiserView = admin.scores(ara, dossier.id());
        assertThat(organiserView.json().at("/jurors/0/state").asText()).isEqualTo("conflict");
        assertThat(organiserView.json().at("/jurors/0/conflict/reason").asText()).startsWith("J'ai conseillé");
        assertThat(organiserView.json().at("/jurors/0").has("scores")).isFalse();
        assertThat(organiserView.json().at("/summary/conflicts").asInt()).isEqualTo(1);

        List<AuditEntry> audit = audit(dossier.id(), "conflict_declared");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).details()).containsEntry("scoresCleared", "true");
        assertThat(audit.toString()).doesNotContain("conseillé");
    }

    // ------------------------------------------------------------------------------------ visibility

    @Test
    void a_juror_sees_the_others_scores_only_once_they_scored_and_organisers_see_everything() {
        var dossier = AdminCalls.submittedDossier(api, OPEN, "visibility");
        Caller first = Caller.juror();
        Caller second = Caller.juror();
        Caller third = Caller.juror();
        admin.assignJurors(ara, dossier.id(), jurors(first, second, third));
        assertThat(admin.putScores(second, dossier.id(), scores(8, 7, 6, 9, 5, "Avis du second juré")).status())
                .isEqualTo(200);

        Api.Response before = admin.scores(first, dossier.id());

        assertThat(before.status()).as(before.body()).isEqualTo(200);
        assertThat(before.json().get("view").asText()).isEqualTo("juror");
        assertThat(before.json().at("/mine/jurorId").asText()).isEqualTo(first.sub());
        assertThat(before.json().at("/mine/state").asText()).isEqualTo("to_score");
        assertThat(before.json().get("othersVisible").asBoolean()).isFalse();
        assertThat(before.json().get("others").asText()).isEqualTo("hidden_until_you_score");
        assertThat(before.body()).doesNotContain("Avis du second juré").doesNotContain(second.sub())
                .doesNotContain("averageTotal");
        assertThat(before.json().get("criteria")).hasSize(5);
        assertThat(before.json().at("/criteria/1/label").asText()).isEqualTo("Prise en compte des usagers");

        assertThat(admin.putScores(first, dossier.id(), scores(10, 10, 10, 10, 10, null)).status()).isEqualTo(200);
        Api.Response after = admin.scores(first, dossier.id(), "Accept-Language", "en");

        assertThat(after.json().get("othersVisible").asBoolean()).isTrue();
        assertThat(after.json().at("/criteria/1/label").asText()).isEqualTo("User focus");
        JsonNode others = after.json().get("others");
        assertThat(states(others)).containsExactlyInAnyOrder(tuple(second.sub(), "scored"), tuple(third.sub(), "to_score"));
        JsonNode secondSheet = sheetOf(others, second);
        assertThat(secondSheet.at("/scores/innovation").asInt()).isEqualTo(8);
        assertThat(secondSheet.get("total").asDouble()).isEqualTo(7.0);
        assertThat(secondSheet.get("comment").asText()).isEqualTo("Avis du second juré");
        assertThat(after.json().at("/mine/total").asDouble()).isEqualTo(10.0);
        assertThat(after.json().get("averageTotal").asDouble()).isEqualTo(8.5);

        // the third juror, who has not scored, still sees nothing of the others
        assertThat(admin.scores(third, dossier.id()).json().get("others").asText()).isEqualTo("hidden_until_you_score");

        for (Caller organiser : List.of(national, ara)) {
            Api.Response all = admin.scores(organiser, dossier.id());
            assertThat(all.status()).as(all.body()).isEqualTo(200);
            JsonNode view = all.json();
            assertThat(view.get("view").asText()).isEqualTo("organiser");
            assertThat(states(view.get("jurors"))).containsExactlyInAnyOrder(
                    tuple(first.sub(), "scored"), tuple(second.sub(), "scored"), tuple(third.sub(), "assigned"));
            JsonNode secondForOrganisers = sheetOf(view.get("jurors"), second);
            assertThat(secondForOrganisers.get("comment").asText()).isEqualTo("Avis du second juré");
            assertThat(secondForOrganisers.get("total").asDouble()).isEqualTo(7.0);
            assertThat(secondForOrganisers.get("scores").size()).isEqualTo(5);
            assertThat(sheetOf(view.get("jurors"), third).has("scores")).isFalse();
            assertThat(view.at("/summary/jurorCount").asInt()).isEqualTo(3);
            assertThat(view.at("/summary/scored").asInt()).isEqualTo(2);
            assertThat(view.at("/summary/toScore").asInt()).isEqualTo(1);
            assertThat(view.at("/summary/averageTotal").asDouble()).isEqualTo(8.5);
            assertNoApplicantSecret(all, dossier);
        }
    }

    // ------------------------------------------------------------------------------------ a juror's list

    @Test
    void a_juror_lists_their_own_dossiers_with_where_they_stand() {
        var toScore = AdminCalls.submittedDossier(api, OPEN, "list-a");
        var scored = AdminCalls.submittedDossier(api, OPEN, "list-b");
        var conflicted = AdminCalls.submittedDossier(api, OPEN, "list-c");
        var notMine = AdminCalls.submittedDossier(api, OPEN, "list-d");
        Caller juror = Caller.juror();
        Caller colleague = Caller.juror();
        for (var dossier : List.of(toScore, scored, conflicted)) {
            assertThat(admin.assignJurors(ara, dossier.id(), jurors(juror)).status()).isEqualTo(200);
        }
        admin.assignJurors(ara, notMine.id(), jurors(colleague));
        admin.putScores(juror, scored.id(), scores(5, 6, 7, 8, 9, null));
        admin.declareConflict(juror, conflicted.id(), Map.of("reason", "Membre du conseil municipal"));

        Api.Response list = admin.assignments(juror, OPEN);

        assertThat(list.status()).as(list.body()).isEqualTo(200);
        assertThat(list.json().get("campaignId").asText()).isEqualTo(OPEN);
        JsonNode assignments = list.json().get("assignments");
        List<String> ids = new ArrayList<>();
        assignments.forEach(a -> ids.add(a.get("candidacyId").asText()));
        assertThat(ids).containsExactlyInAnyOrder(toScore.id(), scored.id(), conflicted.id());
        assignments.forEach(a -> {
            assertThat(a.get("receiptNumber").asText()).startsWith("ARA-2027-L-");
            assertThat(a.get("organisation").asText()).isEqualTo("Communauté de communes des Vallées d'Été");
            assertThat(a.get("projectTitle").asText()).isEqualTo("Guichet numérique intercommunal");
        });
        List<String> receipts = new ArrayList<>();
        assignments.forEach(a -> receipts.add(a.get("receiptNumber").asText()));
        assertThat(receipts).isSorted();
        Map<String, String> states = new java.util.HashMap<>();
        assignments.forEach(a -> states.put(a.get("candidacyId").asText(), a.get("state").asText()));
        assertThat(states).containsEntry(toScore.id(), "to_score").containsEntry(scored.id(), "scored")
                .containsEntry(conflicted.id(), "conflict");
        assertNoApplicantSecret(list, toScore);

        assertThat(admin.assignments(Caller.juror(), OPEN).json().get("assignments")).isEmpty();
        Api.Response organiser = admin.assignments(national, OPEN);
        assertThat(organiser.status()).isEqualTo(403);
        assertThat(organiser.errorCode()).isEqualTo("forbidden");
        assertThat(admin.assignments(ara, OPEN).errorCode()).isEqualTo("forbidden");
        Api.Response noCampaign = admin.assignments(juror, null);
        assertThat(noCampaign.status()).isEqualTo(400);
        assertThat(fields(noCampaign)).containsExactly(tuple("campaignId", "required"));
        assertThat(admin.assignments(juror, "nowhere-2027").errorCode()).isEqualTo("campaign_not_found");
        assertThat(admin.assignments(juror, "aura-2027-startup").json().get("assignments")).isEmpty();
    }

    @Test
    void every_admin_jury_route_is_behind_the_jwt_authorizer() {
        for (String function : List.of("AssignJurorsFunction", "ListMyAssignmentsFunction", "DeclareConflictFunction",
                "PutMyScoresFunction", "GetScoresFunction")) {
            var route = admin.route(function);
            assertThat(route.path()).as(function).startsWith("/admin/");
            assertThat(route.requiresJwt()).as(function + " is guarded by the JWT authorizer").isTrue();
        }
        // locally no token is ever valid: the API answers 401 before any handler runs
        Api.Response anonymous = api.get("/admin/jury/assignments?campaignId=" + OPEN);
        assertThat(anonymous.status()).isEqualTo(401);
    }

    // ------------------------------------------------------------------------------------ helpers

    private static Map<String, Object> jurors(Caller... callers) {
        return Map.of("jurorIds", java.util.Arrays.stream(callers).map(Caller::sub).toList());
    }

    private static ObjectNode scores(int innovation, int userFocus, int partnership, int pooling, int roi, String comment) {
        ObjectNode body = Api.JSON.createObjectNode();
        ObjectNode scores = body.putObject("scores");
        scores.put("innovation", innovation);
        scores.put("user_focus", userFocus);
        scores.put("partnership", partnership);
        scores.put("pooling_interoperability", pooling);
        scores.put("return_on_investment", roi);
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    private static List<org.assertj.core.groups.Tuple> states(JsonNode jurors) {
        List<org.assertj.core.groups.Tuple> states = new ArrayList<>();
        jurors.forEach(j -> states.add(tuple(j.get("jurorId").asText(), j.get("state").asText())));
        return states;
    }

    private static JsonNode sheetOf(JsonNode jurors, Caller juror) {
        return StreamSupport.stream(jurors.spliterator(), false)
                .filter(j -> j.get("jurorId").asText().equals(juror.sub())).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }

    private static List<org.assertj.core.groups.Tuple> fields(Api.Response response) {
        List<org.assertj.core.groups.Tuple> fields = new ArrayList<>();
        response.json().at("/error/fields").forEach(f -> fields.add(tuple(f.get("field").asText(), f.get("code").asText())));
        return fields;
    }

    private static JsonNode field(Api.Response response, String name) {
        return StreamSupport.stream(response.json().at("/error/fields").spliterator(), false)
                .filter(f -> f.get("field").asText().equals(name)).findFirst().orElseThrow();
    }

    private List<AuditEntry> audit(String candidacyId, String action) {
        return auditLog.forCampaign(OPEN, candidacyId, 100).stream().filter(e -> e.action().equals(action)).toList();
    }

    /** Admin responses never carry the applicant's access token, nor any hash of it. */
    private static void assertNoApplicantSecret(Api.Response response, Applicants.Dossier dossier) {
        assertThat(response.body()).doesNotContain(dossier.token()).doesNotContainIgnoringCase("hash")
                .doesNotContainIgnoringCase("accessToken").doesNotContain("@mairie-test.fr");
    }
}
