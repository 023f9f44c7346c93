package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The server clock alone decides: on 10 October at 23:59:59 Paris time a write is in time, one
 * millisecond past 23:59:59.999 every write is refused, and withdrawing stays possible. (The exact
 * millisecond is pinned with a fixed clock in DeadlinesTest.)
 */
class DeadlineTest {

    static final String OPEN = "aura-2027-label";
    static final String ONE_SECOND_BEFORE = "2027-10-10T23:59:59.000+02:00";
    static final String ONE_MS_LATE = "2027-10-11T00:00:00.000+02:00";

    private final Api api = new Api(TestEmulators.get().apiUrl());

    @BeforeEach
    @AfterEach
    void realTime() {
        api.delete("/local/clock");
    }

    private void clockAt(String instant) {
        Api.Response moved = api.put("/local/clock", Map.of("now", instant));
        assertThat(moved.status()).isEqualTo(200);
    }

    @Test
    void a_request_received_at_the_deadline_is_in_time() {
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("last")));
        Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());
        // the local clock runs on from the moment set; one second before the end leaves the request time to land
        clockAt(ONE_SECOND_BEFORE);

        Api.Response submitted = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());

        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().at("/receipt/number").asText()).startsWith("ARA-2027-L-");
        clockAt(ONE_SECOND_BEFORE);
        Api.Response created = api.post("/campaigns/" + OPEN + "/candidacies", Applicants.labelForm(Applicants.uniqueEmail("late")));
        assertThat(created.status()).isEqualTo(201);
    }

    @Test
    void one_millisecond_after_the_deadline_every_write_is_refused_but_withdrawal() {
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("late")));
        Api.Response requested = api.post("/candidacies/" + dossier.id() + "/attachments",
                Map.of("fileName", "dossier.pdf", "contentType", "application/pdf", "size", 610), "Authorization", dossier.auth());
        String attachmentId = requested.json().get("attachmentId").asText();
        clockAt(ONE_MS_LATE);

        Api.Response create = api.post("/campaigns/" + OPEN + "/candidacies", Applicants.labelForm(Applicants.uniqueEmail("x")));
        Api.Response update = api.put("/candidacies/" + dossier.id(), Applicants.labelForm(Applicants.uniqueEmail("y")),
                "Authorization", dossier.auth());
        Api.Response attach = api.post("/candidacies/" + dossier.id() + "/attachments",
                Map.of("fileName", "annexe.pdf", "contentType", "application/pdf", "size", 610), "Authorization", dossier.auth());
        Api.Response complete = api.post("/candidacies/" + dossier.id() + "/attachments/" + attachmentId + "/complete",
                null, "Authorization", dossier.auth());
        Api.Response remove = api.delete("/candidacies/" + dossier.id() + "/attachments/" + attachmentId,
                "Authorization", dossier.auth());
        Api.Response submit = api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth());

        for (Api.Response refused : new Api.Response[] {create, update, attach, complete, remove, submit}) {
            assertThat(refused.status()).as(refused.body()).isEqualTo(403);
            assertThat(refused.errorCode()).isEqualTo("deadline_passed");
        }
        assertThat(create.json().at("/error/message").asText())
                .contains("10 octobre 2027").contains("23:59:59").contains("heure de Paris");

        Api.Response read = api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth());
        assertThat(read.status()).isEqualTo(200);
        Api.Response withdrawn = api.post("/candidacies/" + dossier.id() + "/withdraw", null, "Authorization", dossier.auth());
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").asText()).isEqualTo("withdrawn");
    }

    @Test
    void a_closed_campaign_says_so_in_english_too() {
        Api.Response refused = api.post("/campaigns/aura-2019-label/candidacies", Applicants.labelForm("a@b.fr"),
                "Accept-Language", "en");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("deadline_passed");
        assertThat(refused.json().at("/error/message").asText()).contains("Thursday 10 October 2019").contains("23:59:59");
        assertThat(api.get("/campaigns/aura-2019-label").json().get("status").asText()).isEqualTo("closed");
    }

    @Test
    void nobody_applies_directly_to_the_national_round() {
        clockAt("2027-10-20T10:00:00+02:00");
        Api.Response refused = api.post("/campaigns/national-2027-label/candidacies", Applicants.labelForm("a@b.fr"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("by_selection_only");
        var national = api.get("/campaigns/national-2027-label").json();
        assertThat(national.get("status").asText()).isEqualTo("open");
        assertThat(national.get("acceptsApplications").asBoolean()).isFalse();
        assertThat(api.get("/campaigns/aura-2027-label").json().get("acceptsApplications").asBoolean()).isTrue();
    }

    @Test
    void before_opening_the_campaign_is_not_open() {
        clockAt("2026-08-31T23:59:59+02:00");
        Api.Response refused = api.post("/campaigns/" + OPEN + "/candidacies", Applicants.labelForm("a@b.fr"));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.errorCode()).isEqualTo("campaign_not_open");
        assertThat(api.get("/campaigns/" + OPEN).json().get("status").asText()).isEqualTo("upcoming");
    }
}
