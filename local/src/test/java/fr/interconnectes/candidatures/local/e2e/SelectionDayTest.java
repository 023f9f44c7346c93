package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.local.demo.DemoSelectionDay;
import fr.interconnectes.candidatures.local.e2e.AdminCalls.Caller;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The selection day over the emulators, through the functions of template.yaml: the demo day (twenty dossiers, two
 * panels, its timetable) seeded into a campaign of its own, then planned again, moved, read by a juror and by the
 * organisers, its progress and its reminders (mailed through the SES emulator); and an applicant's availability
 * honoured by the timetable. Each test has its own copy of the open 2027 label campaign.
 */
class SelectionDayTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final AdminCalls admin = new AdminCalls(backend);
    private final Caller ara = Caller.regionalOrganiser("ARA");
    private final Caller juror1 = new Caller("juror-1", "juror-1@example.org", "[jurors]", null);
    private final Caller juror2 = new Caller("juror-2", "juror-2@example.org", "[jurors]", null);

    private Campaign freshCampaign() {
        return freshCampaign(backend);
    }

    /** A copy of the open demo label campaign under a fresh id (also for the jury's browser test). */
    static Campaign freshCampaign(TestEmulators backend) {
        Campaign demo = DemoCampaigns.label(2027);
        Campaign copy = new Campaign("aura-sd-" + AccessTokens.randomId(6).toLowerCase().replaceAll("[^a-z0-9]", "x"),
                demo.title(), demo.region(), demo.track(), demo.edition(), demo.opensAt(), demo.closesAt(),
                demo.timeZone(), demo.regionalSelection(), demo.criteria(), demo.uploadLimits());
        new DynamoDbCampaigns(backend.aws().dynamoDb(), backend.tableName()).save(copy);
        return copy;
    }

    private Campaign seeded() {
        Campaign campaign = freshCampaign();
        assertThat(DemoSelectionDay.seed(backend.aws().dynamoDb(), backend.tableName(), campaign, Clock.systemUTC())).isTrue();
        return campaign;
    }

    private Api.Response timetable(Campaign campaign) {
        return admin.function("GetTimetableFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), null);
    }

    private static List<String> texts(JsonNode node, String field) {
        List<String> values = new ArrayList<>();
        node.forEach(element -> values.add(element.get(field).asText()));
        return values;
    }

    @Test
    void the_demo_day_holds_twenty_dossiers_over_two_panels_and_is_seeded_once() {
        Campaign campaign = seeded();

        JsonNode body = timetable(campaign).json();

        assertThat(body.get("scheduled").asInt()).isEqualTo(20);
        assertThat(body.at("/panels/0/slots").size()).isEqualTo(10);
        assertThat(body.at("/panels/1/slots").size()).isEqualTo(10);
        assertThat(body.at("/panels/0/slots/0/start").asText()).isEqualTo("2027-10-17T09:00:00+02:00");
        assertThat(body.at("/panels/0/slots/1/start").asText()).isEqualTo("2027-10-17T09:20:00+02:00");
        List<String> dossiers = new ArrayList<>(texts(body.at("/panels/0/slots"), "candidacyId"));
        dossiers.addAll(texts(body.at("/panels/1/slots"), "candidacyId"));
        assertThat(dossiers).doesNotHaveDuplicates().hasSize(20);
        assertThat(DemoSelectionDay.seed(backend.aws().dynamoDb(), backend.tableName(), campaign, Clock.systemUTC())).isFalse();
    }

    @Test
    void a_day_too_short_for_its_dossiers_is_refused_saying_how_many_do_not_fit() {
        Campaign campaign = seeded();
        var plan = Map.of("start", "09:00", "latestEnd", "10:00", "changeoverMinutes", 5,
                "panels", List.of(Map.of("id", "A", "room", "Salle Mont-Blanc", "jurorIds", List.of("juror-1"))));

        var refused = admin.function("PlanSelectionDayFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), plan);
        var inEnglish = admin.function("PlanSelectionDayFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), plan,
                "Accept-Language", "en");

        assertThat(refused.status()).as(refused.body()).isEqualTo(422);
        assertThat(refused.errorCode()).isEqualTo("selection_day_too_short");
        assertThat(refused.json().at("/error/message").asText()).contains("3 audition(s) pour 20 dossier(s)", "17 dossier(s)");
        assertThat(inEnglish.json().at("/error/message").asText()).contains("holds only 3 audition(s) for 20");
        assertThat(timetable(campaign).json().get("scheduled").asInt()).as("the plan kept").isEqualTo(20);

        var twoPanels = admin.function("PlanSelectionDayFunction", ara, Map.of("campaignId", campaign.id()), Map.of(),
                Map.of("start", "09:00", "panels", List.of(
                        Map.of("id", "A", "room", "Salle 1", "jurorIds", List.of("juror-1")),
                        Map.of("id", "B", "room", "Salle 2", "jurorIds", List.of("juror-1")))));
        assertThat(twoPanels.status()).isEqualTo(400);
        assertThat(twoPanels.json().at("/error/fields/0/code").asText()).isEqualTo("juror_in_two_panels");
    }

    @Test
    void a_moved_slot_gets_a_new_sequence_and_its_jurors_follow_while_a_clash_is_refused() {
        Campaign campaign = seeded();
        JsonNode before = timetable(campaign).json();
        String slotId = before.at("/panels/0/slots/0/slotId").asText();
        String candidacyId = before.at("/panels/0/slots/0/candidacyId").asText();
        String taken = before.at("/panels/1/slots/0/start").asText();
        Map<String, String> path = Map.of("campaignId", campaign.id(), "slotId", slotId);

        var clash = admin.function("MoveSlotFunction", ara, path, Map.of(), Map.of("panelId", "B", "start", taken));
        var lunch = admin.function("MoveSlotFunction", ara, path, Map.of(), Map.of("start", "2027-10-17T12:45:00+02:00"));
        var moved = admin.function("MoveSlotFunction", ara, path, Map.of(), Map.of("panelId", "B", "start", "2027-10-17T16:40:00+02:00"));

        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.errorCode()).isEqualTo("slot_taken");
        assertThat(lunch.status()).isEqualTo(422);
        assertThat(lunch.errorCode()).isEqualTo("slot_overlaps_break");
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        JsonNode slot = null;
        for (JsonNode s : moved.json().at("/panels/1/slots")) {
            if (s.get("slotId").asText().equals(slotId)) {
                slot = s;
            }
        }
        assertThat(slot).isNotNull();
        assertThat(slot.get("sequence").asInt()).isEqualTo(1);
        assertThat(slot.get("end").asText()).isEqualTo("2027-10-17T16:55:00+02:00");
        var sheets = admin.scores(ara, candidacyId).json();
        assertThat(sheets.toString()).contains("juror-2").doesNotContain("juror-1");

        var elsewhere = admin.function("MoveSlotFunction", Caller.regionalOrganiser("IDF"), path, Map.of(), Map.of("start", taken));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.errorCode()).isEqualTo("out_of_region");
    }

    @Test
    void a_juror_reads_their_panel_progress_shows_who_is_missing_and_the_reminder_mails_only_them() {
        Campaign campaign = seeded();
        JsonNode order = admin.function("JuryTimetableFunction", juror1, Map.of(), Map.of("campaignId", campaign.id()), null).json();
        assertThat(order.get("panels").size()).isEqualTo(1);
        assertThat(order.at("/panels/0/id").asText()).isEqualTo("A");
        assertThat(texts(order.at("/panels/0/slots"), "state")).hasSize(10).containsOnly("to_score");

        // juror-2 scores every dossier of panel B; juror-1 none
        JsonNode panelB = admin.function("JuryTimetableFunction", juror2, Map.of(), Map.of("campaignId", campaign.id()), null).json();
        Map<String, Object> sheet = Map.of("scores", Map.of("innovation", 7, "user_focus", 7, "partnership", 6,
                "pooling_interoperability", 5, "return_on_investment", 7));
        for (String id : texts(panelB.at("/panels/0/slots"), "candidacyId")) {
            assertThat(admin.putScores(juror2, id, sheet).status()).isEqualTo(200);
        }
        JsonNode progress = admin.function("JuryProgressFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), null).json();
        assertThat(progress.get("jurorsMissing").toString()).isEqualTo("[\"juror-1\"]");

        backend.clearMails();
        var reminded = admin.function("SendJuryRemindersFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), null);
        var again = admin.function("SendJuryRemindersFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), null);

        assertThat(reminded.status()).as(reminded.body()).isEqualTo(200);
        assertThat(reminded.json().get("mailed").toString()).isEqualTo("[\"juror-1\"]");
        assertThat(again.json().at("/reminders/0/outcome").asText()).isEqualTo("already_reminded_today");
        assertThat(backend.mailsTo("juror-2@example.org")).isEmpty();
        assertThat(backend.mailsTo("juror-1@example.org")).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("10 dossier(s) à noter");
            assertThat(mail.text()).contains("Bonjour Juré 1,", "dimanche 17 octobre 2027", "Commune de Annecy");
        });

        var otherJuror = admin.function("JuryTimetableFunction", Caller.juror(), Map.of(), Map.of("campaignId", campaign.id()), null);
        assertThat(otherJuror.status()).isEqualTo(403);
        assertThat(otherJuror.errorCode()).isEqualTo("not_in_a_panel");
    }

    @Test
    void an_applicant_unavailable_in_the_morning_is_heard_after_and_can_no_longer_change_it_once_the_timetable_is_made() {
        Campaign campaign = freshCampaign();
        var late = AdminCalls.submittedDossier(api, campaign.id(), "late");
        var early = AdminCalls.submittedDossier(api, campaign.id(), "early");
        var morning = Map.of("unavailable", List.of(Map.of("start", "2027-10-17T08:00:00+02:00", "end", "2027-10-17T11:00:00+02:00")));

        var declared = api.put("/candidacies/" + late.id() + "/availability", morning, "Authorization", late.auth(),
                "Content-Type", "application/json");
        var stranger = api.put("/candidacies/" + late.id() + "/availability", morning, "Authorization", early.auth(),
                "Content-Type", "application/json");

        assertThat(declared.status()).as(declared.body()).isEqualTo(200);
        assertThat(stranger.status()).isEqualTo(404);
        assertThat(api.get("/candidacies/" + late.id(), "Authorization", late.auth()).json()
                .at("/availability/unavailable/0/end").asText()).isEqualTo("2027-10-17T11:00:00+02:00");
        var plan = Map.of("start", "09:00", "latestEnd", "18:00", "panels",
                List.of(Map.of("id", "A", "room", "Salle Mont-Blanc", "jurorIds", List.of("juror-1"))));
        assertThat(admin.function("PlanSelectionDayFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), plan).status())
                .isEqualTo(200);

        var generated = admin.function("GenerateTimetableFunction", ara, Map.of("campaignId", campaign.id()), Map.of(), null);

        assertThat(generated.status()).as(generated.body()).isEqualTo(200);
        JsonNode slots = generated.json().at("/panels/0/slots");
        assertThat(texts(slots, "candidacyId")).containsExactly(early.id(), late.id());
        assertThat(texts(slots, "start")).containsExactly("2027-10-17T09:00:00+02:00", "2027-10-17T11:00:00+02:00");
        var tooLate = api.put("/candidacies/" + late.id() + "/availability", Map.of("unavailable", List.of()),
                "Authorization", late.auth(), "Content-Type", "application/json");
        assertThat(tooLate.status()).isEqualTo(409);
        assertThat(tooLate.errorCode()).isEqualTo("timetable_already_made");
    }
}
