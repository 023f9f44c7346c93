package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * After the regional jury: organisers record decisions on submitted dossiers, review them, send the decision
 * mails once (in each dossier's language), carry finalists into the national round once, and read the audit log.
 * Dossiers are filed through the HTTP API; the /admin handlers are called as API Gateway would after its JWT
 * authorizer (see {@link Admins}).
 */
class DecisionsTest {

    static final String CAMPAIGN = "aura-2027-label";
    static final String NATIONAL = "national-2027-label";
    static final String FORUM = "Forum des Interconnectés, Lyon, 3-4 décembre 2027";

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final Admins admins = new Admins(backend);
    private final DynamoDbCandidacies candidacies = new DynamoDbCandidacies(backend.aws().dynamoDb(), backend.tableName());

    private record Filed(Applicants.Dossier dossier, String email) {
        String id() {
            return dossier.id();
        }
    }

    private Filed submitted(String tag, String language) {
        String email = Applicants.uniqueEmail(tag);
        var form = Applicants.labelForm(email);
        form.put("language", language);
        var dossier = Applicants.create(api, CAMPAIGN, form);
        Api.Response attached = Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
        assertThat(attached.status()).as(attached.body()).isEqualTo(200);
        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return new Filed(dossier, email);
    }

    private List<TestEmulators.CapturedMail> decisionMails(String email) {
        return backend.mailsTo(email).stream()
                .filter(m -> m.subject().startsWith("Décision du jury") || m.subject().startsWith("Jury decision"))
                .toList();
    }

    private static JsonNode dossierIn(Api.Response review, String candidacyId) {
        return StreamSupport.stream(review.json().get("dossiers").spliterator(), false)
                .filter(d -> d.get("candidacyId").asText().equals(candidacyId))
                .findFirst()
                .orElseThrow(() -> new AssertionError(candidacyId + " not in the review: " + review.body()));
    }

    private List<Candidacy> carriedFrom(String regionalId) {
        return candidacies.findByCampaign(NATIONAL).stream()
                .filter(c -> regionalId.equals(c.originCandidacyId()))
                .toList();
    }

    /** Every decision and audit route, called by {@code claims} on the campaign of {@code filed}. */
    private List<Api.Response> everyDecisionRoute(Map<String, String> claims, Filed filed) {
        return List.of(
                admins.recordDecision(claims, filed.id(), "finalist", null),
                admins.clearDecision(claims, filed.id()),
                admins.review(claims, CAMPAIGN),
                admins.send(claims, CAMPAIGN, null, null),
                admins.audit(claims, CAMPAIGN, Map.of()));
    }

    private void recorded(Map<String, String> claims, Filed filed, String outcome, String message) {
        Api.Response response = admins.recordDecision(claims, filed.id(), outcome, message);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }

    @Test
    void organisers_record_review_and_clear_a_pending_decision() {
        Filed first = submitted("decide", "fr");
        Filed other = submitted("undecided", "fr");

        Api.Response recorded = admins.recordDecision(Admins.ORGANISER, first.id(), "finalist", "Très beau projet.");
        assertThat(recorded.status()).as(recorded.body()).isEqualTo(200);
        assertThat(recorded.json().get("candidacyId").asText()).isEqualTo(first.id());
        assertThat(recorded.json().get("decisionState").asText()).isEqualTo("pending");
        assertThat(recorded.json().at("/decision/outcome").asText()).isEqualTo("finalist");
        assertThat(recorded.json().at("/decision/message").asText()).isEqualTo("Très beau projet.");
        assertThat(recorded.json().at("/decision/decidedBy").asText()).isEqualTo(Admins.ORGANISER.get("sub"));

        // changed while pending: the last word counts
        Api.Response changed = admins.recordDecision(Admins.ARA_ORGANISER, first.id(), "not_selected", null);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().at("/decision/outcome").asText()).isEqualTo("not_selected");
        assertThat(changed.json().at("/decision/decidedBy").asText()).isEqualTo(Admins.ARA_ORGANISER.get("sub"));
        assertThat(changed.json().at("/decision/message").isMissingNode() || changed.json().at("/decision/message").isNull())
                .isTrue();

        Api.Response review = admins.review(Admins.ARA_ORGANISER, CAMPAIGN);
        assertThat(review.status()).as(review.body()).isEqualTo(200);
        assertThat(dossierIn(review, first.id()).get("decisionState").asText()).isEqualTo("pending");
        assertThat(dossierIn(review, first.id()).at("/decision/outcome").asText()).isEqualTo("not_selected");
        assertThat(dossierIn(review, first.id()).get("receiptNumber").asText()).matches("ARA-2027-L-\\d{4}");
        assertThat(dossierIn(review, other.id()).get("decisionState").asText()).isEqualTo("none");
        JsonNode counts = review.json().get("counts");
        assertThat(counts.get("submitted").asInt()).isEqualTo(review.json().get("dossiers").size());
        assertThat(counts.get("undecided").asInt() + counts.get("pending").asInt() + counts.get("sent").asInt())
                .isEqualTo(counts.get("submitted").asInt());
        assertThat(counts.at("/not_selected/pending").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(review.json().at("/sending/mails").asInt()).isEqualTo(counts.get("pending").asInt());

        Api.Response cleared = admins.clearDecision(Admins.ORGANISER, first.id());
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("decisionState").asText()).isEqualTo("none");
        assertThat(dossierIn(admins.review(Admins.ORGANISER, CAMPAIGN), first.id()).get("decisionState").asText())
                .isEqualTo("none");
        // clearing what is not there changes nothing
        assertThat(admins.clearDecision(Admins.ORGANISER, first.id()).status()).isEqualTo(200);
        assertThat(decisionMails(first.email())).isEmpty();
    }

    @Test
    void only_submitted_dossiers_take_a_decision_and_the_body_is_checked() {
        String email = Applicants.uniqueEmail("draft");
        var draft = Applicants.create(api, CAMPAIGN, Applicants.labelForm(email));
        Api.Response onDraft = admins.recordDecision(Admins.ORGANISER, draft.id(), "finalist", null);
        assertThat(onDraft.status()).isEqualTo(409);
        assertThat(onDraft.errorCode()).isEqualTo("not_submitted");

        Api.Response unknown = admins.recordDecision(Admins.ORGANISER, "cDoesNotExist0000", "finalist", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("candidacy_not_found");

        Filed filed = submitted("checks", "fr");
        Api.Response noOutcome = admins.recordDecision(Admins.ORGANISER, filed.id(), null, "Bravo");
        assertThat(noOutcome.status()).isEqualTo(400);
        assertThat(noOutcome.json().at("/error/fields/0/field").asText()).isEqualTo("outcome");
        assertThat(noOutcome.json().at("/error/fields/0/code").asText()).isEqualTo("required");
        Api.Response badOutcome = admins.recordDecision(Admins.ORGANISER, filed.id(), "laureate", null);
        assertThat(badOutcome.status()).isEqualTo(400);
        assertThat(badOutcome.json().at("/error/fields/0/code").asText()).isEqualTo("invalid_enum");
        Api.Response tooLong = admins.recordDecision(Admins.ORGANISER, filed.id(), "finalist", "é".repeat(2001));
        assertThat(tooLong.status()).as(tooLong.body()).isEqualTo(400);
        assertThat(tooLong.json().at("/error/fields/0/field").asText()).isEqualTo("message");
        assertThat(tooLong.json().at("/error/fields/0/code").asText()).isEqualTo("too_long");
        Api.Response unknownField = admins.call(Admins.ORGANISER, "PUT", "/admin/candidacies/{candidacyId}/decision",
                Map.of("candidacyId", filed.id()), Map.of(), Map.of("outcome", "finalist", "score", 18));
        assertThat(unknownField.status()).isEqualTo(400);
        Api.Response longest = admins.recordDecision(Admins.ORGANISER, filed.id(), "finalist", "é".repeat(2000));
        assertThat(longest.status()).as(longest.body()).isEqualTo(200);
        assertThat(admins.clearDecision(Admins.ORGANISER, filed.id()).status()).isEqualTo(200);
    }

    @Test
    void organisers_of_another_region_and_jurors_are_refused() {
        Filed filed = submitted("access", "fr");
        for (Api.Response refused : everyDecisionRoute(Admins.BRE_ORGANISER, filed)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("out_of_region");
        }
        for (Api.Response refused : everyDecisionRoute(Admins.JUROR, filed)) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("forbidden");
        }
        Api.Response anonymous = admins.review(Map.of(), CAMPAIGN);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(admins.review(Admins.ORGANISER, "aura-2099-label").errorCode()).isEqualTo("campaign_not_found");
        // nothing was recorded by those refused
        assertThat(dossierIn(admins.review(Admins.ORGANISER, CAMPAIGN), filed.id()).get("decisionState").asText())
                .isEqualTo("none");
    }

    @Test
    void sending_tells_each_applicant_once_in_their_language_and_carries_finalists_once() {
        Filed finalistFr = submitted("finalist-fr", "fr");
        Filed finalistEn = submitted("finalist-en", "en");
        Filed notSelectedFr = submitted("not-selected-fr", "fr");
        Filed notSelectedEn = submitted("not-selected-en", "en");
        Filed undecided = submitted("no-decision", "fr");
        recorded(Admins.ORGANISER, finalistFr, "finalist", "Le jury a salué la mutualisation.");
        recorded(Admins.ORGANISER, finalistEn, "finalist", null);
        recorded(Admins.ARA_ORGANISER, notSelectedFr, "not_selected", "Nous vous encourageons à candidater de nouveau.");
        recorded(Admins.ARA_ORGANISER, notSelectedEn, "not_selected", null);

        // a wrong national campaign is refused before anything is sent
        Api.Response otherTrack = admins.send(Admins.ORGANISER, CAMPAIGN, "national-2027-startup", FORUM);
        assertThat(otherTrack.status()).as(otherTrack.body()).isEqualTo(400);
        assertThat(otherTrack.errorCode()).isEqualTo("validation_failed");
        assertThat(otherTrack.json().at("/error/fields/0/field").asText()).isEqualTo("nationalCampaignId");
        Api.Response missing = admins.send(Admins.ORGANISER, CAMPAIGN, "national-2099-label", FORUM);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("campaign_not_found");
        assertThat(decisionMails(finalistFr.email())).isEmpty();

        Api.Response sent = admins.send(Admins.ARA_ORGANISER, CAMPAIGN, NATIONAL, FORUM);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("mailsRecorded").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(sent.json().get("mailsSent").asInt()).isEqualTo(sent.json().get("mailsRecorded").asInt());
        assertThat(sent.json().get("carried").asInt()).isGreaterThanOrEqualTo(2);
        assertThat(sent.json().get("nationalCampaignId").asText()).isEqualTo(NATIONAL);

        var frFinalist = decisionMails(finalistFr.email());
        assertThat(frFinalist).hasSize(1);
        assertThat(frFinalist.get(0).subject())
                .isEqualTo("Décision du jury – Label Territoires Innovants 2027 – Auvergne-Rhône-Alpes");
        assertThat(frFinalist.get(0).text()).contains("Félicitations", FORUM, "Le jury a salué la mutualisation.",
                "Guichet numérique intercommunal");
        assertThat(frFinalist.get(0).html()).contains("Félicitations");
        var enFinalist = decisionMails(finalistEn.email());
        assertThat(enFinalist).hasSize(1);
        assertThat(enFinalist.get(0).subject())
                .isEqualTo("Jury decision – Innovative Territories Label 2027 – Auvergne-Rhône-Alpes");
        assertThat(enFinalist.get(0).text()).contains("Congratulations", FORUM).doesNotContain("Félicitations");
        var frNotSelected = decisionMails(notSelectedFr.email());
        assertThat(frNotSelected).hasSize(1);
        assertThat(frNotSelected.get(0).text()).contains("pas été retenu", "Nous vous encourageons")
                .doesNotContain(FORUM);
        var enNotSelected = decisionMails(notSelectedEn.email());
        assertThat(enNotSelected).hasSize(1);
        assertThat(enNotSelected.get(0).subject()).startsWith("Jury decision");
        assertThat(enNotSelected.get(0).text()).contains("not been selected").doesNotContain(FORUM);
        assertThat(decisionMails(undecided.email())).isEmpty();

        // finalists, and only they, are in the national campaign, each once, linked back, with a national receipt
        for (Filed finalist : List.of(finalistFr, finalistEn)) {
            List<Candidacy> national = carriedFrom(finalist.id());
            assertThat(national).as("national dossiers of %s", finalist.id()).hasSize(1);
            Candidacy carried = national.get(0);
            assertThat(carried.campaignId()).isEqualTo(NATIONAL);
            assertThat(carried.status().code()).isEqualTo("submitted");
            assertThat(carried.receipt().number()).matches("FR-2027-L-\\d{4}");
            // the finalist's own token opens their national dossier, to update it for the final
            assertThat(api.get("/candidacies/" + carried.id(), "Authorization", finalist.dossier().auth()).status())
                    .isEqualTo(200);
            assertThat(carried.contactEmail()).isEqualTo(finalist.email());
            assertThat(carried.receivedAttachments()).hasSize(1);
        }
        assertThat(carriedFrom(notSelectedFr.id())).isEmpty();
        assertThat(carriedFrom(notSelectedEn.id())).isEmpty();
        assertThat(carriedFrom(undecided.id())).isEmpty();
        assertThat(carriedFrom(finalistFr.id()).get(0).receipt().number())
                .isNotEqualTo(carriedFrom(finalistEn.id()).get(0).receipt().number());

        // again: nothing more is sent, nobody carried twice
        Api.Response again = admins.send(Admins.ORGANISER, CAMPAIGN, NATIONAL, FORUM);
        assertThat(again.status()).as(again.body()).isEqualTo(200);
        assertThat(again.json().get("alreadySent").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(again.json().get("skipped").asInt()).isGreaterThanOrEqualTo(2);
        for (Filed filed : List.of(finalistFr, finalistEn, notSelectedFr, notSelectedEn)) {
            assertThat(decisionMails(filed.email())).as(filed.email()).hasSize(1);
        }
        assertThat(carriedFrom(finalistFr.id())).hasSize(1);
        assertThat(carriedFrom(finalistEn.id())).hasSize(1);

        // a sent decision stays
        Api.Response change = admins.recordDecision(Admins.ORGANISER, notSelectedFr.id(), "finalist", null);
        assertThat(change.status()).isEqualTo(409);
        assertThat(change.errorCode()).isEqualTo("decision_already_sent");
        Api.Response clear = admins.clearDecision(Admins.ORGANISER, finalistFr.id());
        assertThat(clear.status()).isEqualTo(409);
        assertThat(clear.errorCode()).isEqualTo("decision_already_sent");

        Api.Response review = admins.review(Admins.ORGANISER, CAMPAIGN);
        assertThat(dossierIn(review, finalistFr.id()).get("decisionState").asText()).isEqualTo("sent");
        assertThat(dossierIn(review, finalistFr.id()).at("/decision/notifiedAt").asText()).isNotBlank();
        assertThat(dossierIn(review, undecided.id()).get("decisionState").asText()).isEqualTo("none");

        // the audit log: newest first, who and what
        Api.Response audit = admins.audit(Admins.ARA_ORGANISER, CAMPAIGN, Map.of("candidacyId", finalistFr.id()));
        assertThat(audit.status()).as(audit.body()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        audit.json().get("entries").forEach(e -> actions.add(e.get("action").asText()));
        assertThat(actions).containsExactly("decision.sent", "decision.recorded");
        JsonNode sentEntry = audit.json().at("/entries/0");
        assertThat(sentEntry.get("actor").asText()).isEqualTo(Admins.ARA_ORGANISER.get("sub"));
        assertThat(sentEntry.get("roles").get(0).asText()).isEqualTo("regional_organiser");
        assertThat(sentEntry.get("candidacyId").asText()).isEqualTo(finalistFr.id());
        assertThat(sentEntry.at("/details/outcome").asText()).isEqualTo("finalist");
        assertThat(sentEntry.at("/details/nationalCandidacyId").asText()).isEqualTo(carriedFrom(finalistFr.id()).get(0).id());
        assertThat(sentEntry.get("at").asText()).isNotBlank();
        JsonNode recordedEntry = audit.json().at("/entries/1");
        assertThat(recordedEntry.get("actor").asText()).isEqualTo(Admins.ORGANISER.get("sub"));
        assertThat(recordedEntry.get("roles").get(0).asText()).isEqualTo("organiser");

        Api.Response one = admins.audit(Admins.ORGANISER, CAMPAIGN, Map.of("limit", "1"));
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("entries")).hasSize(1);
        assertThat(admins.audit(Admins.ORGANISER, CAMPAIGN, Map.of("limit", "0")).status()).isEqualTo(400);
        assertThat(admins.audit(Admins.ORGANISER, CAMPAIGN, Map.of("limit", "lots")).status()).isEqualTo(400);
        assertThat(admins.audit(Admins.ORGANISER, CAMPAIGN, Map.of("limit", "100000")).json().get("limit").asInt())
                .isEqualTo(500);
        Api.Response national = admins.audit(Admins.ORGANISER, NATIONAL, Map.of());
        assertThat(national.status()).isEqualTo(200);
        assertThat(national.body()).contains("candidacy.carried_in", finalistFr.id());
        Api.Response juror = admins.audit(Admins.JUROR, CAMPAIGN, Map.of("candidacyId", finalistFr.id()));
        assertThat(juror.status()).isEqualTo(403);
        assertThat(juror.errorCode()).isEqualTo("forbidden");
    }

    @Test
    void two_concurrent_sends_still_send_one_mail_per_dossier_and_carry_each_finalist_once() throws Exception {
        List<Filed> filed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Filed f = submitted("concurrent-" + i, i % 2 == 0 ? "fr" : "en");
            recorded(Admins.ORGANISER, f, i < 2 ? "finalist" : "not_selected", null);
            filed.add(f);
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Api.Response>> calls = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                calls.add(pool.submit(() -> {
                    start.await();
                    return admins.send(Admins.ORGANISER, CAMPAIGN, NATIONAL, FORUM);
                }));
            }
            int recorded = 0;
            for (Future<Api.Response> call : calls) {
                Api.Response response = call.get();
                assertThat(response.status()).as(response.body()).isEqualTo(200);
                recorded += response.json().get("mailsRecorded").asInt();
            }
            assertThat(recorded).isGreaterThanOrEqualTo(4);
        } finally {
            pool.shutdownNow();
        }
        for (Filed f : filed) {
            assertThat(decisionMails(f.email())).as(f.email()).hasSize(1);
        }
        assertThat(carriedFrom(filed.get(0).id())).hasSize(1);
        assertThat(carriedFrom(filed.get(1).id())).hasSize(1);
        assertThat(carriedFrom(filed.get(2).id())).isEmpty();
    }
}
