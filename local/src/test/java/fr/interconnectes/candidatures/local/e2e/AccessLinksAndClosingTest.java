package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.local.demo.DemoCampaigns;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Lost links come back by mail; the closing job expires drafts and tells their applicants. */
class AccessLinksAndClosingTest {

    static final String OPEN = "aura-2027-label";

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    @AfterEach
    void realTime() {
        api.delete("/local/clock");
    }

    @Test
    void an_applicant_who_lost_the_link_gets_fresh_ones_for_every_dossier() {
        String email = Applicants.uniqueEmail("lost");
        var first = Applicants.create(api, OPEN, Applicants.labelForm(email));
        var second = Applicants.create(api, OPEN, Applicants.labelForm(email));

        Api.Response asked = api.post("/campaigns/" + OPEN + "/access-links", Map.of("email", email.toUpperCase()));
        Api.Response askedAgain = api.post("/campaigns/" + OPEN + "/access-links", Map.of("email", email));

        assertThat(asked.status()).isEqualTo(202);
        assertThat(askedAgain.status()).isEqualTo(202);
        var mails = backend.mailsTo(email);
        assertThat(mails).as("one mail per dossier, not one per request").hasSize(2);
        for (var dossier : new Applicants.Dossier[] {first, second}) {
            var mail = mails.stream().filter(m -> m.text().contains("#" + dossier.id() + ".")).findFirst().orElseThrow();
            String line = mail.text().lines().filter(l -> l.contains("#" + dossier.id() + ".")).findFirst().orElseThrow().trim();
            String token = line.substring(line.indexOf("#" + dossier.id() + ".") + dossier.id().length() + 2);
            assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", "Bearer " + token).status()).isEqualTo(200);
            assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).status())
                    .as("the old link still works").isEqualTo(200);
        }
    }

    @Test
    void an_unknown_address_gets_the_same_answer_and_no_mail() {
        String email = Applicants.uniqueEmail("nobody");
        Api.Response asked = api.post("/campaigns/" + OPEN + "/access-links", Map.of("email", email));
        assertThat(asked.status()).isEqualTo(202);
        assertThat(backend.mailsTo(email)).isEmpty();

        Api.Response invalid = api.post("/campaigns/" + OPEN + "/access-links", Map.of("email", "pas une adresse"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(ApplicantFlowTest.fields(invalid)).containsExactly("email");
    }

    @Test
    void the_closing_job_expires_drafts_past_the_deadline_and_tells_them_once() {
        // a campaign of our own, closing soon, so other tests' dossiers are not touched
        Instant closes = Instant.now().plus(Duration.ofHours(1));
        Campaign base = DemoCampaigns.label(2027);
        Campaign closing = new Campaign("test-closing-" + System.nanoTime(), base.title(), base.region(), base.track(),
                base.edition(), Instant.now().minus(Duration.ofDays(1)), closes, ZoneId.of("Europe/Paris"),
                base.regionalSelection(), base.criteria(), base.uploadLimits());
        new DynamoDbCampaigns(backend.aws().dynamoDb(), backend.tableName()).save(closing);
        String draftEmail = Applicants.uniqueEmail("expire");
        String submittedEmail = Applicants.uniqueEmail("kept");
        var draft = Applicants.create(api, closing.id(), Applicants.labelForm(draftEmail));
        var submitted = Applicants.create(api, closing.id(), Applicants.labelForm(submittedEmail));
        Applicants.attach(api, submitted, "dossier.pdf", "application/pdf", Applicants.pdf());
        assertThat(api.post("/candidacies/" + submitted.id() + "/submit", null, "Authorization", submitted.auth()).status())
                .isEqualTo(200);

        api.post("/local/schedules/CloseCampaignsFunction", null);
        assertThat(api.get("/candidacies/" + draft.id(), "Authorization", draft.auth()).json().get("status").asText())
                .as("before the deadline nothing expires").isEqualTo("draft");

        api.put("/local/clock", Map.of("now", closes.plusSeconds(1).toString()));
        Api.Response fired = api.post("/local/schedules/CloseCampaignsFunction", null);
        Api.Response firedAgain = api.post("/local/schedules/CloseCampaignsFunction", null);

        assertThat(fired.status()).isEqualTo(200);
        assertThat(firedAgain.status()).isEqualTo(200);
        assertThat(api.get("/candidacies/" + draft.id(), "Authorization", draft.auth()).json().get("status").asText())
                .isEqualTo("expired");
        assertThat(api.get("/candidacies/" + submitted.id(), "Authorization", submitted.auth()).json().get("status").asText())
                .isEqualTo("submitted");
        var expiredMails = backend.mailsTo(draftEmail);
        assertThat(expiredMails).hasSize(1);
        assertThat(expiredMails.get(0).text()).contains("Guichet numérique intercommunal");
        assertThat(api.get("/campaigns/" + closing.id()).json().get("status").asText()).isEqualTo("closed");
        Api.Response edit = api.put("/candidacies/" + draft.id(), Applicants.labelForm(draftEmail), "Authorization", draft.auth());
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.errorCode()).isEqualTo("candidacy_expired");
    }
}
