package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.it.TestEmulators.CapturedAttachment;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/**
 * The convocations and the palmarès end to end: a campaign of its own, three dossiers filed through the HTTP API,
 * the day planned and the timetable made through the organisers' routes, the convocations mailed through the SES
 * emulator as raw MIME messages whose invites are read back from its store and parsed with ical4j.
 */
class ConvocationsTest {

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final Admins admins = new Admins(backend);
    private final String campaign = "aura-2029-label-" + UUID.randomUUID().toString().substring(0, 6);

    private record Filed(Applicants.Dossier dossier, String email, String organisation) {
        String id() {
            return dossier.id();
        }
    }

    private Api.Response admin(Map<String, String> claims, String method, String route, Object body) {
        return admins.call(claims, method, "/admin/campaigns/{campaignId}" + route, Map.of("campaignId", campaign),
                Map.of(), body);
    }

    private Filed filed(String organisation) {
        String email = Applicants.uniqueEmail("convoque");
        ObjectNode form = Applicants.labelForm(email);
        ((ObjectNode) form.get("applicant")).put("organisation", organisation);
        var dossier = Applicants.create(api, campaign, form);
        assertThat(Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf()).status())
                .isEqualTo(200);
        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        return new Filed(dossier, email, organisation);
    }

    private void dayPlannedAndTimetableMade() throws Exception {
        Api.Response planned = admin(Admins.ARA_ORGANISER, "PUT", "/selection-day", Api.JSON.readTree("""
                {"date": "2029-10-17", "place": {"name": "Impérial Palace", "address": "Allée de l'Impérial, 74000 Annecy"},
                 "start": "09:00", "latestEnd": "18:00", "changeoverMinutes": 5,
                 "breaks": [{"start": "12:30", "end": "13:30", "label": "Déjeuner"}],
                 "panels": [{"id": "A", "room": "Salle Mont-Blanc", "jurorIds": ["juror-conv-a"]},
                            {"id": "B", "room": "Salle Semnoz", "jurorIds": ["juror-conv-b"]}]}"""));
        assertThat(planned.status()).as(planned.body()).isEqualTo(200);
        Api.Response made = admin(Admins.ARA_ORGANISER, "POST", "/timetable", null);
        assertThat(made.status()).as(made.body()).isIn(200, 201);
    }

    private Api.Response send(Map<String, String> claims) {
        return admin(claims, "POST", "/convocations/send", null);
    }

    private List<CapturedAttachment> invitesTo(Filed filed) {
        return backend.mailsTo(filed.email()).stream()
                .flatMap(m -> m.attachments().stream())
                .filter(a -> a.fileName().equals("convocation.ics"))
                .toList();
    }

    private static VEvent event(CapturedAttachment invite, String method) throws Exception {
        assertThat(invite.contentType()).isEqualTo("text/calendar");
        Calendar calendar = new CalendarBuilder().build(new StringReader(invite.content()));
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo(method);
        assertThat(calendar.getComponents("VTIMEZONE")).hasSize(1);
        return calendar.<VEvent>getComponents("VEVENT").get(0);
    }

    private static String value(VEvent event, String name) {
        return event.getProperty(name).orElseThrow().getValue();
    }

    private JsonNode slotOf(Filed filed) {
        Api.Response timetable = admin(Admins.ARA_ORGANISER, "GET", "/timetable", null);
        assertThat(timetable.status()).as(timetable.body()).isEqualTo(200);
        return StreamSupport.stream(timetable.json().get("panels").spliterator(), false)
                .flatMap(p -> StreamSupport.stream(p.get("slots").spliterator(), false))
                .filter(s -> filed.id().equals(s.path("candidacyId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(filed.id() + " not in " + timetable.body()));
    }

    @Test
    void convocations_are_sent_once_moved_once_cancelled_confirmed_and_the_palmares_published() throws Exception {
        admins.araLabelCampaign(campaign, 2029);
        Filed brignais = filed("Ville de Brignais");
        Filed thones = filed("Commune de Thônes");
        Filed rumilly = filed("Ville de Rumilly");
        dayPlannedAndTimetableMade();

        // regional scope: another region's organiser and a juror send nothing
        assertThat(send(Admins.BRE_ORGANISER).errorCode()).isEqualTo("out_of_region");
        assertThat(send(Admins.JUROR).status()).isEqualTo(403);

        Api.Response sent = send(Admins.ARA_ORGANISER);
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(sent.json().get("convened").asInt()).isEqualTo(3);
        assertThat(sent.json().get("mailsSent").asInt()).isEqualTo(3);
        for (Filed filed : List.of(brignais, thones, rumilly)) {
            assertThat(invitesTo(filed)).as(filed.organisation()).hasSize(1);
        }
        VEvent first = event(invitesTo(brignais).get(0), "REQUEST");
        String uid = value(first, Property.UID);
        assertThat(value(first, Property.SEQUENCE)).isEqualTo("0");
        assertThat(value(first, Property.ATTENDEE)).isEqualTo("mailto:" + brignais.email());
        assertThat(value(first, Property.LOCATION)).contains("Impérial Palace");
        assertThat(first.getDateTimeStart().getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Paris");
        JsonNode slot = slotOf(brignais);
        assertThat(Instant.from(first.getDateTimeStart().getDate()))
                .isEqualTo(java.time.OffsetDateTime.parse(slot.get("start").asText()).toInstant());
        var convocationMail = backend.mailsTo(brignais.email()).stream()
                .filter(m -> !m.attachments().isEmpty()).findFirst().orElseThrow();
        assertThat(convocationMail.subject()).startsWith("Convocation – journée de sélection du mercredi 17 octobre 2029");
        assertThat(convocationMail.text()).contains("Salle").contains("/dossier.html#" + brignais.id() + ".");

        // again: nobody is mailed twice
        Api.Response again = send(Admins.ARA_ORGANISER);
        assertThat(again.json().get("mailsRecorded").asInt()).as(again.body()).isZero();
        assertThat(again.json().get("unchanged").asInt()).isEqualTo(3);
        assertThat(invitesTo(brignais)).hasSize(1);

        // one slot moved: one updated invite, to that applicant only
        Api.Response moved = admins.call(Admins.ARA_ORGANISER, "PUT",
                "/admin/campaigns/{campaignId}/timetable/slots/{slotId}",
                Map.of("campaignId", campaign, "slotId", slot.get("slotId").asText()), Map.of(),
                Api.JSON.createObjectNode().put("panelId", "B").put("start", "2029-10-17T16:00:00+02:00"));
        assertThat(moved.status()).as(moved.body()).isEqualTo(200);
        Api.Response update = send(Admins.ARA_ORGANISER);
        assertThat(update.json().get("moved").asInt()).as(update.body()).isEqualTo(1);
        assertThat(invitesTo(brignais)).hasSize(2);
        assertThat(invitesTo(thones)).hasSize(1);
        assertThat(invitesTo(rumilly)).hasSize(1);
        VEvent updated = event(invitesTo(brignais).get(1), "REQUEST");
        assertThat(value(updated, Property.UID)).isEqualTo(uid);
        assertThat(value(updated, Property.SEQUENCE)).isEqualTo("1");
        assertThat(updated.getDateTimeStart().getValue()).isEqualTo("20291017T160000");
        assertThat(value(updated, Property.LOCATION)).startsWith("Salle Semnoz");

        // the applicant confirms; their dossier and the organisers' timetable show it
        Api.Response confirmed = api.post("/candidacies/" + brignais.id() + "/convocation",
                Api.JSON.createObjectNode().put("attendance", "confirmed").put("note", "Nous viendrons à deux."),
                "Authorization", brignais.dossier().auth());
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        JsonNode dossier = api.get("/candidacies/" + brignais.id(), "Authorization", brignais.dossier().auth()).json();
        assertThat(dossier.at("/convocation/attendance").asText()).isEqualTo("confirmed");
        assertThat(dossier.at("/convocation/sequence").asInt()).isEqualTo(1);
        assertThat(dossier.at("/convocation/start").asText()).isEqualTo("2029-10-17T16:00:00+02:00");
        assertThat(slotOf(brignais).at("/convocation/attendance").asText()).isEqualTo("confirmed");
        assertThat(api.post("/candidacies/" + brignais.id() + "/convocation",
                Api.JSON.createObjectNode().put("attendance", "confirmed"), "Authorization", thones.dossier().auth())
                .status()).isEqualTo(404);

        // a withdrawn dossier's slot is removed when the timetable is made again: its applicant gets a CANCEL
        assertThat(api.post("/candidacies/" + rumilly.id() + "/withdraw", null, "Authorization", rumilly.dossier().auth())
                .status()).isEqualTo(200);
        assertThat(admin(Admins.ARA_ORGANISER, "POST", "/timetable", null).status()).isIn(200, 201);
        Api.Response cancelled = send(Admins.ARA_ORGANISER);
        assertThat(cancelled.json().get("cancelled").asInt()).as(cancelled.body()).isEqualTo(1);
        assertThat(invitesTo(rumilly)).hasSize(2);
        VEvent cancel = event(invitesTo(rumilly).get(1), "CANCEL");
        assertThat(value(cancel, Property.STATUS)).isEqualTo("CANCELLED");
        assertThat(Integer.parseInt(value(cancel, Property.SEQUENCE))).isPositive();
        assertThat(send(Admins.ARA_ORGANISER).json().get("cancelled").asInt()).isZero();

        // the palmarès: refused while a decision is pending, then public and without anything personal
        Api.Response pending = admins.recordDecision(Admins.ARA_ORGANISER, brignais.id(), "finalist", "Bravo");
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        assertThat(admins.recordDecision(Admins.ARA_ORGANISER, thones.id(), "not_selected", null).status()).isEqualTo(200);
        assertThat(admin(Admins.ARA_ORGANISER, "POST", "/laureates", null).errorCode()).isEqualTo("decisions_not_sent");
        assertThat(api.get("/campaigns/" + campaign + "/laureates").errorCode()).isEqualTo("laureates_not_published");
        assertThat(admins.send(Admins.ARA_ORGANISER, campaign, null, null).status()).isEqualTo(200);
        assertThat(admin(Admins.BRE_ORGANISER, "POST", "/laureates", null).errorCode()).isEqualTo("out_of_region");
        Api.Response published = admin(Admins.ARA_ORGANISER, "POST", "/laureates", null);
        assertThat(published.status()).as(published.body()).isEqualTo(200);

        Api.Response laureates = api.get("/campaigns/" + campaign + "/laureates");
        assertThat(laureates.status()).as(laureates.body()).isEqualTo(200);
        assertThat(laureates.json().get("laureates")).hasSize(1);
        assertThat(laureates.json().at("/laureates/0/organisation").asText()).isEqualTo("Ville de Brignais");
        assertThat(laureates.json().at("/laureates/0/projectTitle").asText()).isEqualTo("Guichet numérique intercommunal");
        assertThat(laureates.json().get("distinction").asText()).isEqualTo("Projets labellisés");
        assertThat(laureates.body()).doesNotContain("@").doesNotContain("Élise Martin").doesNotContain("04 50")
                .doesNotContain("732829320").doesNotContain(brignais.id()).doesNotContain("Commune de Thônes");
        assertThat(admins.audit(Admins.ARA_ORGANISER, campaign, Map.of()).body())
                .contains("laureates.published").contains("convocations.sent");
    }
}
