package fr.interconnectes.candidatures.local.admin;

import static fr.interconnectes.candidatures.local.admin.AdminCalls.ARA_ORGANISER;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.IDF_ORGANISER;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.JUROR;
import static fr.interconnectes.candidatures.local.admin.AdminCalls.call;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.jury.JuryRecord;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.e2e.E2e;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The ranking route over stored jury sheets: mean, median, normalisation of a harsh juror, ties. */
class RankingApiTest {

    private final TestEmulators backend = TestEmulators.get();
    private final E2e e2e = new E2e(backend.apiUrl());
    private final DynamoDbJuryRecords jury = new DynamoDbJuryRecords(backend.aws().dynamoDb(), backend.tableName());

    private void score(Campaign campaign, String candidacyId, String juror, int each) {
        Map<String, Integer> scores = new HashMap<>();
        campaign.criteria().forEach(c -> scores.put(c.id(), each));
        jury.save(JuryRecord.assigned(candidacyId, campaign.id(), juror, "org-ara", Instant.now())
                .withScores(scores, "RAS", Instant.now()));
    }

    @Test
    void a_harsh_juror_does_not_sink_a_dossier_once_scores_are_normalised() {
        // a campaign of our own, so the ranking holds just these dossiers
        Campaign base = DemoCampaigns.label(2027);
        Campaign campaign = new Campaign("rank-" + System.nanoTime(), base.title(), base.region(), base.track(),
                base.edition(), base.opensAt(), base.closesAt(), base.timeZone(), base.regionalSelection(),
                base.criteria(), base.uploadLimits());
        new DynamoDbCampaigns(backend.aws().dynamoDb(), backend.tableName()).save(campaign);
        Map<String, String> ids = new HashMap<>();
        for (String name : List.of("A", "B", "C", "onlyFair", "onlyHarsh", "unheard")) {
            var dossier = Applicants.create(e2e.api(), campaign.id(), Applicants.labelForm(Applicants.uniqueEmail("rank")));
            e2e.submit(dossier);
            ids.put(name, dossier.id());
        }
        // both jurors hear A, B, C; "harsh" scores everything 2 below "fair"; each alone hears one dossier
        // that deserves the same (7)
        score(campaign, ids.get("A"), "fair", 8);
        score(campaign, ids.get("B"), "fair", 6);
        score(campaign, ids.get("C"), "fair", 4);
        score(campaign, ids.get("onlyFair"), "fair", 7);
        score(campaign, ids.get("A"), "harsh", 6);
        score(campaign, ids.get("B"), "harsh", 4);
        score(campaign, ids.get("C"), "harsh", 2);
        score(campaign, ids.get("onlyHarsh"), "harsh", 5);

        var raw = call(ARA_ORGANISER, "GET", "/admin/campaigns/" + campaign.id() + "/ranking", Map.of(), null);
        assertThat(raw.status()).as(raw.body()).isEqualTo(200);
        assertThat(rankOf(raw.json(), ids.get("onlyFair"))).as(raw.body()).isEqualTo(1);
        assertThat(rankOf(raw.json(), ids.get("onlyHarsh"))).isGreaterThan(rankOf(raw.json(), ids.get("onlyFair")));
        assertThat(rankOf(raw.json(), ids.get("unheard"))).isNull();
        assertThat(raw.json().get("dossiers").get(5).get("candidacyId").asText()).isEqualTo(ids.get("unheard"));
        assertThat(row(raw.json(), ids.get("onlyFair")).get("numberOfScores").asInt()).isEqualTo(1);
        assertThat(row(raw.json(), ids.get("A")).get("numberOfScores").asInt()).isEqualTo(2);
        assertThat(row(raw.json(), ids.get("A")).get("spread").asDouble()).isEqualTo(2.0);

        var normalised = call(ARA_ORGANISER, "GET", "/admin/campaigns/" + campaign.id() + "/ranking",
                Map.of("normalise", "true"), null);
        assertThat(normalised.status()).isEqualTo(200);
        assertThat(normalised.json().get("normalised").asBoolean()).isTrue();
        assertThat(rankOf(normalised.json(), ids.get("onlyHarsh"))).isEqualTo(rankOf(normalised.json(), ids.get("onlyFair")));
        assertThat(normalised.json().get("ties").toString()).contains(ids.get("onlyFair"), ids.get("onlyHarsh"));
        assertThat(rankOf(normalised.json(), ids.get("A"))).isLessThan(rankOf(normalised.json(), ids.get("B")));
        assertThat(rankOf(normalised.json(), ids.get("B"))).isLessThan(rankOf(normalised.json(), ids.get("C")));

        var median = call(ARA_ORGANISER, "GET", "/admin/campaigns/" + campaign.id() + "/ranking",
                Map.of("aggregation", "median"), null);
        assertThat(median.json().get("aggregation").asText()).isEqualTo("median");

        assertThat(call(IDF_ORGANISER, "GET", "/admin/campaigns/" + campaign.id() + "/ranking", Map.of(), null).errorCode())
                .isEqualTo("out_of_region");
        assertThat(call(JUROR, "GET", "/admin/campaigns/" + campaign.id() + "/ranking", Map.of(), null).errorCode())
                .isEqualTo("forbidden");
        assertThat(call(ARA_ORGANISER, "GET", "/admin/campaigns/" + campaign.id() + "/ranking",
                Map.of("aggregation", "mode"), null).status()).isEqualTo(400);
    }

    private static JsonNode row(JsonNode ranking, String id) {
        for (JsonNode d : ranking.get("dossiers")) {
            if (d.get("candidacyId").asText().equals(id)) {
                return d;
            }
        }
        throw new AssertionError(id + " not in ranking " + ranking);
    }

    private static Integer rankOf(JsonNode ranking, String id) {
        for (JsonNode d : ranking.get("dossiers")) {
            if (d.get("candidacyId").asText().equals(id)) {
                return d.hasNonNull("rank") ? d.get("rank").asInt() : null;
            }
        }
        throw new AssertionError(id + " not in ranking " + ranking);
    }
}
