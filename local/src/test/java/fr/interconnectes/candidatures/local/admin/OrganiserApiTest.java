package fr.interconnectes.candidatures.local.admin;

import static fr.interconnectes.candidatures.local.admin.AdminCalls.ARA_ORGANISER;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.IDF_ORGANISER;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.JUROR;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.ORGANISER;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.e2e.E2e;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Organisers' side: campaigns, dossier lists, statistics, a dossier in full, extensions; and who may. */
class OrganiserApiTest {

    private final TestEmulators backend = TestEmulators.get();
    private final E2e e2e = new E2e(backend.apiUrl());

    @AfterEach
    void realTime() {
        e2e.realTime();
    }

    private static Map<String, Object> campaignBody(String regionCode, int edition) {
        return Map.of(
                "title", Map.of("fr", "Label Territoires Innovants " + edition, "en", "Innovative Territories Label " + edition),
                "region", Map.of("code", regionCode, "name", regionCode.equals("ARA") ? "Auvergne-Rhône-Alpes" : "Île-de-France"),
                "track", "label", "edition", edition,
                "opensAt", (edition - 1) + "-09-01T00:00:00+02:00",
                "closesAt", edition + "-10-10T23:59:59.999+02:00",
                "timeZone", "Europe/Paris",
                "regionalSelection", Map.of("date", edition + "-10-17", "place", "Annecy", "presentationMinutes", 15),
                "criteria", List.of(
                        Map.of("id", "innovation", "label", Map.of("fr", "Innovation", "en", "Innovation"), "scaleMin", 0, "scaleMax", 20, "weight", 2),
                        Map.of("id", "usagers", "label", Map.of("fr", "Usagers", "en", "Users"), "scaleMin", 0, "scaleMax", 20, "weight", 1)));
    }

    @Test
    void organisers_create_update_and_copy_campaigns_within_their_rights() {
        String id = "ara-test-" + UUID.randomUUID().toString().substring(0, 8);
        var created = call(ARA_ORGANISER, "PUT", "/admin/campaigns/" + id, campaignBody("ARA", 2030));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().at("/criteria/0/weight").asDouble()).isEqualTo(2.0);
        assertThat(created.json().get("closesAt").asText()).isEqualTo("2030-10-10T23:59:59.999+02:00");

        var updated = call(ORGANISER, "PUT", "/admin/campaigns/" + id, campaignBody("ARA", 2030));
        assertThat(updated.status()).isEqualTo(200);

        var otherRegion = call(IDF_ORGANISER, "PUT", "/admin/campaigns/" + id, campaignBody("IDF", 2030));
        assertThat(otherRegion.status()).isEqualTo(403);
        assertThat(otherRegion.errorCode()).isEqualTo("out_of_region");
        assertThat(call(JUROR, "PUT", "/admin/campaigns/" + id, campaignBody("ARA", 2030)).errorCode()).isEqualTo("forbidden");

        var copy = call(ARA_ORGANISER, "POST", "/admin/campaigns/" + id + "/copy", Map.of("id", id + "-next", "edition", 2031));
        assertThat(copy.status()).as(copy.body()).isEqualTo(201);
        assertThat(copy.json().get("closesAt").asText()).isEqualTo("2031-10-10T23:59:59.999+02:00");
        assertThat(copy.json().get("title").asText()).isEqualTo("Label Territoires Innovants 2031");
        assertThat(copy.json().at("/regionalSelection/date").asText()).isEqualTo("2031-10-17");
        assertThat(copy.json().get("criteria")).hasSize(2);
        assertThat(call(ARA_ORGANISER, "POST", "/admin/campaigns/" + id + "/copy", Map.of("id", id + "-next", "edition", 2031))
                .errorCode()).isEqualTo("campaign_exists");
    }

    @Test
    void a_bad_campaign_definition_lists_every_fault() {
        Map<String, Object> body = new java.util.HashMap<>(campaignBody("ARA", 2030));
        body.put("closesAt", "2029-01-01T00:00:00+01:00");
        body.put("timeZone", "Mars/Olympus");
        body.put("colour", "blue");
        var refused = call(ORGANISER, "PUT", "/admin/campaigns/bad-definition", body);
        assertThat(refused.status()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.json().at("/error/fields").forEach(f -> fields.add(f.get("field").asText()));
        assertThat(fields).contains("closesAt", "timeZone", "colour");
    }

    @Test
    void the_list_filters_sorts_and_pages_through_dossiers() {
        String tag = "liste" + UUID.randomUUID().toString().substring(0, 6);
        // the day the submissions start (Paris time): they all fall on it or after it, even across midnight
        java.time.LocalDate submissionsFrom = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris"));
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            var form = Applicants.labelForm(Applicants.uniqueEmail(tag));
            ((com.fasterxml.jackson.databind.node.ObjectNode) form.get("applicant")).put("organisation", "Commune d'Éclat " + tag + " " + i);
            var dossier = Applicants.create(e2e.api(), "aura-2027-label", form);
            if (i < 3) {
                e2e.submit(dossier);
                submitted.add(dossier.id());
            }
        }
        // accents and case do not matter in the search
        Map<String, String> query = Map.of("q", "ECLAT " + tag.toUpperCase(), "status", "submitted", "limit", "2", "sort", "organisation");
        var first = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/candidacies", query, null);
        assertThat(first.status()).as(first.body()).isEqualTo(200);
        assertThat(first.json().get("total").asInt()).isEqualTo(3);
        assertThat(first.json().get("items")).hasSize(2);
        String cursor = first.json().get("nextCursor").asText();
        var second = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/candidacies",
                Map.of("q", "ECLAT " + tag.toUpperCase(), "status", "submitted", "limit", "2", "sort", "organisation", "cursor", cursor), null);
        assertThat(second.json().get("items")).hasSize(1);
        assertThat(second.json().has("nextCursor")).as("last page").isFalse();
        Set<String> seen = new HashSet<>();
        List<String> organisations = new ArrayList<>();
        for (JsonNode page : List.of(first.json(), second.json())) {
            page.get("items").forEach(item -> {
                seen.add(item.get("id").asText());
                organisations.add(item.get("organisation").asText());
                assertThat(item.toString()).doesNotContainIgnoringCase("token");
            });
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(submitted);
        assertThat(organisations).isSorted();

        var otherQuery = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/candidacies",
                Map.of("q", "autre", "cursor", cursor), null);
        assertThat(otherQuery.errorCode()).isEqualTo("invalid_cursor");
        var badLimit = call(ARA_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/candidacies", Map.of("limit", "251"), null);
        assertThat(badLimit.status()).isEqualTo(400);
        var submittedToday = call(ORGANISER, "GET", "/admin/campaigns/aura-2027-label/candidacies",
                Map.of("q", tag, "submittedFrom", submissionsFrom.toString()), null);
        assertThat(submittedToday.json().get("total").asInt()).isEqualTo(3);
        assertThat(call(IDF_ORGANISER, "GET", "/admin/campaigns/aura-2027-label/candidacies", Map.of(), null).errorCode())
                .isEqualTo("out_of_region");
        assertThat(call(JUROR, "GET", "/admin/campaigns/aura-2027-label/candidacies", Map.of(), null).errorCode())
                .isEqualTo("forbidden");
    }

    @Test
    void statistics_count_by_status_kind_and_day() {
        var dossier = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("stats")));
        e2e.submit(dossier);
        var stats = call(ORGANISER, "GET", "/admin/campaigns/aura-2027-label/statistics", null);
        assertThat(stats.status()).isEqualTo(200);
        assertThat(stats.json().at("/byStatus/submitted").asInt()).isPositive();
        assertThat(stats.json().at("/byKind/epci").asInt()).isPositive();
        assertThat(stats.json().at("/byTrack/label").asInt()).isEqualTo(stats.json().get("total").asInt());
        assertThat(stats.json().get("submissionsPerDay").size()).isPositive();
    }

    @Test
    void a_dossier_in_full_has_working_download_links_and_no_token() {
        var dossier = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("full")));
        e2e.submit(dossier);
        var full = call(ARA_ORGANISER, "GET", "/admin/candidacies/" + dossier.id(), null);
        assertThat(full.status()).as(full.body()).isEqualTo(200);
        assertThat(full.body()).doesNotContain(dossier.token()).doesNotContainIgnoringCase("accessToken");
        String url = full.json().at("/attachments/0/download/url").asText();
        byte[] downloaded = e2e.download(url);
        assertThat(downloaded).isEqualTo(Applicants.pdf());
        assertThat(call(IDF_ORGANISER, "GET", "/admin/candidacies/" + dossier.id(), null).errorCode()).isEqualTo("out_of_region");
        assertThat(call(JUROR, "GET", "/admin/candidacies/" + dossier.id(), null).errorCode()).isEqualTo("not_assigned");
    }

    @Test
    void a_personal_extension_lets_one_applicant_write_after_the_deadline() {
        var late = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("ext")));
        var other = Applicants.create(e2e.api(), "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("noext")));
        var granted = call(ARA_ORGANISER, "PUT", "/admin/candidacies/" + late.id() + "/extension",
                Map.of("deadline", "2027-10-13T12:00:00+02:00", "reason", "Panne réseau le 10 octobre"));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("deadline").asText()).isEqualTo("2027-10-13T12:00:00+02:00");
        var tooEarly = call(ARA_ORGANISER, "PUT", "/admin/candidacies/" + late.id() + "/extension",
                Map.of("deadline", "2027-10-01T12:00:00+02:00"));
        assertThat(tooEarly.status()).isEqualTo(400);

        Applicants.attach(e2e.api(), late, "dossier.pdf", "application/pdf", Applicants.pdf());
        Applicants.attach(e2e.api(), other, "dossier.pdf", "application/pdf", Applicants.pdf());
        e2e.clockAt("2027-10-12T10:00:00+02:00");
        assertThat(e2e.api().post("/candidacies/" + late.id() + "/submit", null, "Authorization", late.auth()).status())
                .isEqualTo(200);
        assertThat(e2e.api().post("/candidacies/" + other.id() + "/submit", null, "Authorization", other.auth()).errorCode())
                .isEqualTo("deadline_passed");
        e2e.clockAt("2027-10-13T12:00:01+02:00");
        assertThat(e2e.api().put("/candidacies/" + late.id(), Applicants.labelForm(Applicants.uniqueEmail("ext")),
                "Authorization", late.auth()).errorCode()).isEqualTo("deadline_passed");
    }
}
