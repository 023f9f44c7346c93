package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJobCheckpoints;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.adapter.aws.S3FileStore;
import fr.interconnectes.candidatures.audit.Audit;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.RegionalSelection;
import fr.interconnectes.candidatures.domain.RetentionPolicy;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.domain.audit.AuditEntry;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.JobCheckpoints;
import fr.interconnectes.candidatures.privacy.ApplyRetention;
import fr.interconnectes.candidatures.privacy.DossierErasure;
import fr.interconnectes.candidatures.privacy.LinkedDossiers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Personal data on the emulators: the retention job after the clock passes a campaign's periods, erasure on
 * request, the applicant's copy, and the job crashing between two pages. Each test works in a campaign of its own
 * whose selection is today, so that travelling a few months ahead touches no other test's dossiers.
 */
class PrivacyTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final E2e e2e = new E2e(api);
    private final String organiser = "Bearer " + backend.backend().mintToken(
            TokenRequest.of(Role.ORGANISER, null, "organiser-privacy", "rgpd@interconnectes.fr")).token();

    @AfterEach
    void realTime() {
        e2e.realTime();
    }

    /** A label call open now, closing in an hour, its selection day today, keeping data for these periods. */
    private Campaign ownCampaign(String tag, RetentionPolicy retention) {
        Campaign base = DemoCampaigns.label(2027);
        Instant now = Instant.now();
        Campaign campaign = new Campaign("test-" + tag + "-" + System.nanoTime(), base.title(), base.region(),
                base.track(), base.edition(), now.minus(Duration.ofDays(1)), now.plus(Duration.ofHours(1)), PARIS,
                new RegionalSelection(LocalDate.now(PARIS), "Annecy", 15, 0), base.criteria(), base.uploadLimits(),
                retention);
        new DynamoDbCampaigns(backend.aws().dynamoDb(), backend.tableName()).save(campaign);
        return campaign;
    }

    /** The moment {@code months} after the end of the campaign's selection day (plus an hour). */
    private static String monthsAfterSelection(Campaign campaign, int months) {
        return RetentionPolicy.selectionEnd(campaign).atZone(PARIS).plusMonths(months).plusHours(1)
                .toOffsetDateTime().toString();
    }

    private static ObjectNode formOf(String organisation) {
        ObjectNode form = Applicants.labelForm(Applicants.uniqueEmail("rgpd"));
        ((ObjectNode) form.get("applicant")).put("organisation", organisation);
        return form;
    }

    private List<String> storedKeys(Campaign campaign, Applicants.Dossier dossier) {
        return backend.aws().s3().listObjectsV2(r -> r.bucket(backend.bucketName())
                        .prefix("campaigns/" + campaign.id() + "/candidacies/" + dossier.id() + "/"))
                .contents().stream().map(o -> o.key()).toList();
    }

    private void runRetentionJob() {
        Api.Response fired = api.post("/local/schedules/ApplyRetentionFunction", null);
        assertThat(fired.status()).as(fired.body()).isEqualTo(200);
    }

    @Test
    void after_the_clock_passes_retention_the_job_erases_the_right_dossiers_and_statistics_still_count_them() {
        Campaign campaign = ownCampaign("retention", new RetentionPolicy(1, 2, 3));
        String organisation = "Commune de Rétention " + UUID.randomUUID();
        var draft = Applicants.create(api, campaign.id(), formOf(organisation + " brouillon"));
        var filed = Applicants.create(api, campaign.id(), formOf(organisation));
        e2e.submit(filed);
        assertThat(storedKeys(campaign, filed)).hasSize(1);

        e2e.clockAt(monthsAfterSelection(campaign, 1));
        runRetentionJob();

        assertThat(api.get("/candidacies/" + draft.id(), "Authorization", draft.auth()).errorCode())
                .isEqualTo("candidacy_erased");
        assertThat(api.get("/candidacies/" + filed.id(), "Authorization", filed.auth()).status())
                .as("a filed dossier is kept longer").isEqualTo(200);

        e2e.clockAt(monthsAfterSelection(campaign, 2));
        runRetentionJob();

        Api.Response gone = api.get("/candidacies/" + filed.id(), "Authorization", filed.auth());
        assertThat(gone.status()).isEqualTo(410);
        assertThat(gone.errorCode()).isEqualTo("candidacy_erased");
        assertThat(api.get("/candidacies/" + filed.id() + "/export", "Authorization", filed.auth()).status()).isEqualTo(410);
        assertThat(storedKeys(campaign, filed)).as("the file is gone from the bucket").isEmpty();

        Api.Response statistics = api.get("/admin/campaigns/" + campaign.id() + "/statistics", "Authorization", organiser);
        assertThat(statistics.json().get("total").asInt()).isEqualTo(2);
        assertThat(statistics.json().at("/byStatus/submitted").asInt()).isEqualTo(1);
        assertThat(statistics.json().at("/byKind/epci").asInt()).isEqualTo(2);
        Api.Response search = api.get("/admin/campaigns/" + campaign.id() + "/candidacies?q="
                + java.net.URLEncoder.encode(organisation, java.nio.charset.StandardCharsets.UTF_8), "Authorization", organiser);
        assertThat(search.json().get("total").asInt()).as("search no longer finds them").isZero();
        Api.Response list = api.get("/admin/campaigns/" + campaign.id() + "/candidacies", "Authorization", organiser);
        assertThat(list.json().get("items").findValuesAsText("state")).containsOnly("complete");
        assertThat(list.body()).doesNotContain(organisation).doesNotContain("Élise Martin");
        Api.Response audit = api.get("/admin/campaigns/" + campaign.id() + "/audit", "Authorization", organiser);
        assertThat(audit.json().get("entries").findValuesAsText("action"))
                .containsExactly("erasure_completed", "erasure_started", "erasure_completed", "erasure_started");
    }

    @Test
    void an_organiser_erases_a_dossier_on_request_and_its_token_opens_nothing_any_more() {
        Campaign campaign = ownCampaign("request", RetentionPolicy.DEFAULTS);
        var dossier = Applicants.create(api, campaign.id(), formOf("Commune de la Demande " + UUID.randomUUID()));
        e2e.submit(dossier);
        Api.Response copy = api.get("/candidacies/" + dossier.id() + "/export", "Authorization", dossier.auth());
        assertThat(copy.status()).as(copy.body()).isEqualTo(200);
        assertThat(copy.header("Content-Disposition")).contains("dossier-" + dossier.id() + ".json");
        String link = copy.json().at("/dossier/attachments/0/download/url").asText();
        assertThat(e2e.download(link)).isEqualTo(Applicants.pdf());

        String path = "/admin/candidacies/" + dossier.id() + "/erase";
        Map<String, Object> request = Map.of("reason", "Demande reçue par courriel le 2 décembre");
        Api.Response refused = api.post(path, request, "Authorization", organiser);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.errorCode()).isEqualTo("selection_open");
        String otherRegion = "Bearer " + backend.backend().mintToken(
                TokenRequest.of(Role.REGIONAL_ORGANISER, "IDF", "organiser-idf-privacy", null)).token();
        assertThat(api.post(path, Map.of("reason", "Demande", "force", true), "Authorization", otherRegion).errorCode())
                .isEqualTo("out_of_region");
        assertThat(api.post(path, Map.of("force", true), "Authorization", organiser).status()).isEqualTo(400);

        Api.Response erased = api.post(path, Map.of("reason", "Demande reçue par courriel le 2 décembre", "force", true),
                "Authorization", organiser);

        assertThat(erased.status()).as(erased.body()).isEqualTo(200);
        assertThat(erased.json().get("state").asText()).isEqualTo("complete");
        assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).errorCode())
                .isEqualTo("candidacy_erased");
        assertThat(storedKeys(campaign, dossier)).isEmpty();
        Api.Response asOrganiser = api.get("/admin/candidacies/" + dossier.id(), "Authorization", organiser);
        assertThat(asOrganiser.status()).isEqualTo(200);
        assertThat(asOrganiser.json().path("contactEmail").isTextual()).isFalse();
        assertThat(asOrganiser.body()).doesNotContain("Élise Martin").doesNotContain("Commune de la Demande");
        assertThat(asOrganiser.json().at("/erasure/cause").asText()).isEqualTo("request");
        assertThat(api.post(path, Map.of("reason", "Encore", "force", true), "Authorization", organiser).status())
                .as("a second request erases nothing more").isEqualTo(200);
    }

    @Test
    void the_job_crashing_between_two_pages_resumes_without_gaps_or_duplicates_on_the_real_table() {
        Campaign campaign = ownCampaign("crash", new RetentionPolicy(1, 1, 1));
        List<Applicants.Dossier> dossiers = IntStream.range(0, 5)
                .mapToObj(i -> Applicants.create(api, campaign.id(), formOf("Commune " + i + " " + UUID.randomUUID())))
                .toList();
        dossiers.forEach(e2e::submit);
        var aws = backend.aws();
        var candidacies = new DynamoDbCandidacies(aws.dynamoDb(), backend.tableName());
        var auditLog = new DynamoDbAuditLog(aws.dynamoDb(), backend.tableName());
        var files = new S3FileStore(aws.s3(), aws.s3Presigner(), backend.bucketName());
        Clock later = Clock.fixed(java.time.OffsetDateTime.parse(monthsAfterSelection(campaign, 1)).toInstant(),
                ZoneOffset.UTC);
        Campaigns onlyThisOne = new OnlyCampaign(campaign);
        var erasure = new DossierErasure(new CandidacyWriter(candidacies),
                new DynamoDbJuryRecords(aws.dynamoDb(), backend.tableName()), files, new Audit(auditLog, later), later);
        var checkpoints = new DynamoDbJobCheckpoints(aws.dynamoDb(), backend.tableName());
        JobCheckpoints dyingAfterFirstPage = new JobCheckpoints() {
            @Override
            public Optional<Checkpoint> find(String job) {
                return checkpoints.find(job);
            }

            @Override
            public void save(Checkpoint checkpoint) {
                checkpoints.save(checkpoint);
                throw new IllegalStateException("the function dies between two pages");
            }

            @Override
            public void clear(String job) {
                checkpoints.clear(job);
            }
        };
        var linked = new LinkedDossiers(onlyThisOne, candidacies);

        assertThatThrownBy(() -> new ApplyRetention(onlyThisOne, candidacies, linked, erasure, dyingAfterFirstPage,
                later, 2).execute(Duration.ofMinutes(1))).hasMessageContaining("dies");
        assertThat(completed(auditLog, campaign)).hasSize(2);

        var resumed = new ApplyRetention(onlyThisOne, candidacies, linked, erasure, checkpoints, later, 2)
                .execute(Duration.ofMinutes(1));

        assertThat(resumed.scanned()).as("the first page is not read again").isEqualTo(3);
        assertThat(resumed.sweepComplete()).isTrue();
        assertThat(completed(auditLog, campaign)).as("each dossier erased once")
                .containsExactlyInAnyOrderElementsOf(dossiers.stream().map(Applicants.Dossier::id).toList());
        dossiers.forEach(d -> assertThat(storedKeys(campaign, d)).isEmpty());
        assertThat(checkpoints.find(ApplyRetention.JOB)).isEmpty();
    }

    private static List<String> completed(DynamoDbAuditLog auditLog, Campaign campaign) {
        return auditLog.forCampaign(campaign.id(), null, 100).stream()
                .filter(e -> e.action().equals("erasure_completed")).map(AuditEntry::candidacyId).toList();
    }

    /** The campaigns of the table as the job sees them, but only this test's. */
    private record OnlyCampaign(Campaign campaign) implements Campaigns {

        @Override
        public Optional<Campaign> find(String campaignId) {
            return campaign.id().equals(campaignId) ? Optional.of(campaign) : Optional.empty();
        }

        @Override
        public List<Campaign> all() {
            return List.of(campaign);
        }

        @Override
        public void save(Campaign saved) {
            throw new UnsupportedOperationException();
        }
    }
}
