package fr.interconnectes.candidatures.local.admin;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.e2e.Api;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.e2e.E2e;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BOLA across campaigns, over HTTP on the emulators: every parameter that names another campaign or dossier than
 * the path's (the carry target of sending decisions, the source of a copy, the campaign of a juror's assignments, the
 * dossier of an applicant's link), tried by each role: the applicant of another dossier, a regional organiser of
 * another region, a juror not assigned, and a national organiser. Each is refused with its stable code, and nothing
 * is created or changed.
 */
class CrossCampaignMatrixTest {

    static final String ARA = "aura-2027-label";
    static final String ARA_STARTUP = "aura-2027-startup";
    static final String IDF = "idf-2027-label";
    static final String NATIONAL = "national-2027-label";
    static final String NATIONAL_STARTUP = "national-2027-startup";

    private static Api api;
    private static Applicants.Dossier finalist;
    private static String finalistEmail;
    private static Applicants.Dossier other;
    private static String national;
    private static String ara;
    private static String idf;
    private static String assignedJuror;
    private static String jurorNotAssigned;

    @BeforeAll
    static void aFinalistOfAraAnIdfCampaignAndEveryRole() throws InterruptedException {
        TestEmulators backend = TestEmulators.get();
        E2e e2e = new E2e(backend.apiUrl());
        api = e2e.api();
        national = token(backend, Role.ORGANISER, null, "bola-national");
        ara = token(backend, Role.REGIONAL_ORGANISER, "ARA", "bola-ara");
        idf = token(backend, Role.REGIONAL_ORGANISER, "IDF", "bola-idf");
        assignedJuror = token(backend, Role.JUROR, null, "bola-juror");
        jurorNotAssigned = token(backend, Role.JUROR, null, "bola-other-juror");
        Api.Response created = api.put("/admin/campaigns/" + IDF, Map.of("title", Map.of("fr", "Label 2027 — Île-de-France"),
                "region", Map.of("code", "IDF", "name", "Île-de-France"), "track", "label", "edition", 2027,
                "opensAt", "2026-09-01T00:00:00+02:00", "closesAt", "2027-10-10T23:59:59.999+02:00"), bearer(national));
        assertThat(created.status()).as(created.body()).isIn(200, 201);

        finalistEmail = Applicants.uniqueEmail("bola-finalist");
        finalist = Applicants.create(api, ARA, Applicants.labelForm(finalistEmail));
        e2e.submit(finalist);
        // the matrix checks that no refused attempt adds a mail to this one
        assertThat(backend.awaitMailsTo(finalistEmail)).as("the confirmation").hasSize(1);
        other = Applicants.create(api, ARA, Applicants.labelForm(Applicants.uniqueEmail("bola-other")));
        Api.Response assigned = api.put("/admin/candidacies/" + finalist.id() + "/jurors",
                Map.of("jurorIds", List.of("bola-juror")), bearer(ara));
        assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
        Api.Response decided = api.put("/admin/candidacies/" + finalist.id() + "/decision", Map.of("outcome", "finalist"),
                bearer(ara));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
    }

    private static String token(TestEmulators backend, Role role, String region, String sub) {
        return backend.backend().mintToken(TokenRequest.of(role, region, sub, sub + "@example.org")).token();
    }

    private static String[] bearer(String token) {
        return new String[] {"Authorization", "Bearer " + token};
    }

    /** One attempt and what must answer it. */
    record Attempt(String who, String token, String target, int status, String code) {
    }

    private static void refused(Api.Response response, Attempt attempt) {
        assertThat(response.status()).as(response.body()).isEqualTo(attempt.status());
        if (attempt.code() != null) {
            assertThat(response.errorCode()).isEqualTo(attempt.code());
        }
        assertThat(response.body()).doesNotContain(finalist.token());
    }

    private static int dossiersIn(String campaignId) {
        return api.get("/admin/campaigns/" + campaignId + "/candidacies?limit=200", bearer(national)).json()
                .path("items").size();
    }

    @TestFactory
    Stream<DynamicTest> the_carry_target_of_sending_decisions() {
        return Stream.of(
                new Attempt("applicant (their link is no staff token)", finalist.token(), NATIONAL, 401, null),
                new Attempt("regional organiser, into another region's campaign", ara, IDF, 403, "out_of_region"),
                new Attempt("regional organiser, into a regional campaign of their own", ara, ARA_STARTUP, 422, "not_national_round"),
                new Attempt("regional organiser, into the national round of another track", ara, NATIONAL_STARTUP, 400, "validation_failed"),
                new Attempt("regional organiser of another region", idf, NATIONAL, 403, "out_of_region"),
                new Attempt("juror", jurorNotAssigned, NATIONAL, 403, "forbidden"),
                new Attempt("assigned juror", assignedJuror, NATIONAL, 403, "forbidden"),
                new Attempt("national organiser, into a regional campaign", national, IDF, 422, "not_national_round"),
                new Attempt("national organiser, an id no campaign can have", national, "x".repeat(2_000), 400, "validation_failed"),
                new Attempt("national organiser, a campaign that does not exist", national, "national-2099-label", 404,
                        "campaign_not_found")
        ).map(attempt -> DynamicTest.dynamicTest(attempt.who(), () -> {
            int idfBefore = dossiersIn(IDF);
            Api.Response response = api.post("/admin/campaigns/" + ARA + "/decisions/send",
                    Map.of("nationalCampaignId", attempt.target()), bearer(attempt.token()));
            refused(response, attempt);
            assertThat(dossiersIn(IDF)).as("nothing carried").isEqualTo(idfBefore);
            assertThat(TestEmulators.get().mailsTo(finalistEmail)).as("no decision mail, only the confirmation").hasSize(1);
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_source_of_a_copy() {
        return Stream.of(
                new Attempt("applicant", finalist.token(), ARA, 401, null),
                new Attempt("regional organiser of another region, copying this region's", idf, ARA, 403, "out_of_region"),
                new Attempt("regional organiser, copying another region's", ara, IDF, 403, "out_of_region"),
                new Attempt("juror not assigned", jurorNotAssigned, ARA, 403, "forbidden"),
                new Attempt("assigned juror", assignedJuror, ARA, 403, "forbidden"),
                new Attempt("national organiser, a source that does not exist", national, "aura-2099-label", 404,
                        "campaign_not_found"),
                new Attempt("national organiser, a source no campaign can have", national, "a%2F..%2Fb", 400, "validation_failed")
        ).map(attempt -> DynamicTest.dynamicTest(attempt.who(), () -> {
            String copy = "bola-copy-" + Math.abs(attempt.who().hashCode());
            Api.Response response = api.post("/admin/campaigns/" + attempt.target() + "/copy",
                    Map.of("id", copy, "edition", 2031), bearer(attempt.token()));
            refused(response, attempt);
            assertThat(api.get("/campaigns/" + copy).status()).as("no copy made").isEqualTo(404);
        }));
    }

    @TestFactory
    Stream<DynamicTest> the_campaign_of_a_jurors_assignments() {
        return Stream.of(
                new Attempt("applicant", finalist.token(), ARA, 401, null),
                new Attempt("regional organiser (not a juror)", ara, ARA, 403, "forbidden"),
                new Attempt("regional organiser of another region", idf, ARA, 403, "forbidden"),
                new Attempt("national organiser (not a juror)", national, ARA, 403, "forbidden"),
                new Attempt("juror, an id no campaign can have", assignedJuror, "c".repeat(300), 400, "validation_failed")
        ).map(attempt -> DynamicTest.dynamicTest(attempt.who(), () -> refused(
                api.get("/admin/jury/assignments?campaignId=" + attempt.target(), bearer(attempt.token())), attempt)));
    }

    @Test
    void a_juror_sees_their_own_assignments_only_in_the_campaign_they_name() {
        Api.Response own = api.get("/admin/jury/assignments?campaignId=" + ARA, bearer(assignedJuror));
        Api.Response elsewhere = api.get("/admin/jury/assignments?campaignId=" + IDF, bearer(assignedJuror));
        Api.Response notAssigned = api.get("/admin/jury/assignments?campaignId=" + ARA, bearer(jurorNotAssigned));

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains(finalist.id());
        assertThat(elsewhere.status()).isEqualTo(200);
        assertThat(elsewhere.json().path("assignments")).isEmpty();
        assertThat(notAssigned.status()).isEqualTo(200);
        assertThat(notAssigned.json().path("assignments")).isEmpty();
        assertThat(notAssigned.body()).doesNotContain(finalist.id());
    }

    @TestFactory
    Stream<DynamicTest> the_dossier_an_applicants_link_names() {
        String path = "/candidacies/" + finalist.id();
        return Stream.of(
                new String[] {"GET", path}, new String[] {"PUT", path}, new String[] {"POST", path + "/submit"},
                new String[] {"POST", path + "/withdraw"}, new String[] {"POST", path + "/attachments"},
                new String[] {"POST", path + "/attachments/aNoSuchFile0001/complete"},
                new String[] {"DELETE", path + "/attachments/aNoSuchFile0001"}
        ).map(route -> DynamicTest.dynamicTest("applicant of another dossier: " + route[0] + " " + route[1], () -> {
            String before = api.get(path, "Authorization", finalist.auth()).body();
            Object body = route[0].equals("PUT") ? Applicants.labelForm("pirate@example.org")
                    : route[1].endsWith("/attachments") ? Map.of("fileName", "x.pdf", "contentType", "application/pdf", "size", 10)
                    : null;
            Api.Response response = api.send(route[0], route[1], body, "Authorization", other.auth());
            assertThat(response.status()).as(response.body()).isEqualTo(404);
            assertThat(response.errorCode()).isEqualTo("candidacy_not_found");
            assertThat(response.body()).doesNotContain("Vallées");
            assertThat(api.get(path, "Authorization", finalist.auth()).body()).as("unchanged").isEqualTo(before);
        }));
    }
}
