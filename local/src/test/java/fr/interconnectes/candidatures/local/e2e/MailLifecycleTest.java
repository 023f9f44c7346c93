package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The mail lifecycle on the emulators, as a new user tries it through the local runner: reminders at J-7 and J-1
 * (once, also when two runs race), the unsubscribe link, a bounce injected on a confirmation as SES would publish
 * it, and an organiser's resend.
 */
class MailLifecycleTest {

    static final String OPEN = "aura-2027-label";
    /** One minute past the J-7 and J-1 reminders of aura-2027-label (closing 2027-10-10 23:59:59.999, Paris). */
    static final String WEEK_BEFORE = "2027-10-04T00:00:59+02:00";
    static final String DAY_BEFORE = "2027-10-10T00:00:59+02:00";
    private static final Pattern UNSUBSCRIBE = Pattern.compile("/unsubscribe\\.html#([A-Za-z0-9_.-]+)");

    private final TestEmulators backend = TestEmulators.get();
    private final E2e e2e = new E2e(backend.apiUrl());
    private final Api api = e2e.api();
    private final String organiser = "Bearer " + backend.backend()
            .mintToken(TokenRequest.of(Role.REGIONAL_ORGANISER, "ARA", "organiser-ara-mails", null)).token();

    @AfterEach
    void realTime() {
        e2e.realTime();
    }

    private Api.Response fire(String function) {
        Api.Response fired = api.post("/local/schedules/" + function, null);
        assertThat(fired.status()).as(fired.body()).isEqualTo(200);
        return fired;
    }

    private List<TestEmulators.CapturedMail> reminders(String email) {
        return backend.mailsTo(email).stream().filter(m -> m.subject().startsWith("Rappel")).toList();
    }

    @Test
    void at_j7_each_draft_gets_one_reminder_filed_dossiers_none_and_the_link_stops_the_next_one() {
        String draftEmail = Applicants.uniqueEmail("rappel");
        String quietEmail = Applicants.uniqueEmail("rappel-stop");
        String filedEmail = Applicants.uniqueEmail("rappel-depose");
        var draft = Applicants.create(api, OPEN, Applicants.labelForm(draftEmail));
        var quiet = Applicants.create(api, OPEN, Applicants.labelForm(quietEmail));
        e2e.submit(Applicants.create(api, OPEN, Applicants.labelForm(filedEmail)));

        e2e.clockAt(WEEK_BEFORE);
        fire("SendDraftRemindersFunction");
        fire("SendDraftRemindersFunction");

        assertThat(reminders(draftEmail)).singleElement().satisfies(mail -> {
            assertThat(mail.subject()).startsWith("Rappel : plus que 7 jours pour déposer votre dossier");
            assertThat(mail.text()).contains("il reste à compléter").contains("Joignez au moins un fichier")
                    .contains("/dossier.html#" + draft.id() + ".").contains("/unsubscribe.html#" + draft.id() + ".");
        });
        assertThat(reminders(quietEmail)).hasSize(1);
        assertThat(reminders(filedEmail)).isEmpty();

        Matcher link = UNSUBSCRIBE.matcher(reminders(quietEmail).get(0).text());
        assertThat(link.find()).isTrue();
        Api.Response stopped = api.post("/reminders/unsubscribe", java.util.Map.of("token", link.group(1)),
                "Accept-Language", "en");
        assertThat(stopped.status()).as(stopped.body()).isEqualTo(200);
        assertThat(stopped.json().get("message").asText()).startsWith("Done");
        assertThat(api.post("/reminders/unsubscribe", java.util.Map.of("token", draft.id() + ".forged")).errorCode())
                .isEqualTo("invalid_unsubscribe_link");

        e2e.clockAt(DAY_BEFORE);
        fire("SendDraftRemindersFunction");

        assertThat(reminders(draftEmail)).hasSize(2);
        assertThat(reminders(draftEmail).get(1).subject()).startsWith("Rappel : plus que 1 jour");
        assertThat(reminders(quietEmail)).as("unsubscribed").hasSize(1);
        var seen = api.get("/candidacies/" + quiet.id(), "Authorization", quiet.auth()).json();
        assertThat(seen.at("/contactMail/remindersStoppedAt").isTextual()).isTrue();
        assertThat(seen.at("/mails/0/kind").asText()).isEqualTo("reminder");
    }

    @Test
    void two_reminder_runs_at_once_send_one_mail() throws Exception {
        String email = Applicants.uniqueEmail("rappel-course");
        Applicants.create(api, OPEN, Applicants.labelForm(email));
        e2e.clockAt(WEEK_BEFORE);

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Api.Response>> runs = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return api.post("/local/schedules/SendDraftRemindersFunction", null);
        })).toList();
        start.countDown();
        for (var run : runs) {
            assertThat(run.get().status()).isEqualTo(200);
        }
        fire("DeliverPendingMailsFunction");

        assertThat(reminders(email)).hasSize(1);
    }

    @Test
    void a_bounce_injected_on_a_confirmation_shows_in_the_dossier_and_the_list_filter_and_stops_further_mail() {
        String email = Applicants.uniqueEmail("rebond");
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(email));
        e2e.submit(dossier);
        var other = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("sans-rebond")));
        String confirmation = api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json()
                .at("/mails/0/id").asText();

        assertThat(api.send("POST", "/local/mail-events", "{\"candidacyId\":\"" + dossier.id() + "\"}",
                "Content-Type", "text/plain").status()).as("JSON only").isEqualTo(415);
        Api.Response injected = api.post("/local/mail-events",
                java.util.Map.of("candidacyId", dossier.id(), "mailId", confirmation, "type", "bounce"));
        assertThat(injected.status()).as(injected.body()).isEqualTo(200);

        var seen = api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json();
        assertThat(seen.at("/mails/0/outcome/type").asText()).isEqualTo("bounced");
        assertThat(seen.at("/contactMail/state").asText()).isEqualTo("undeliverable");
        var inDossier = api.get("/admin/candidacies/" + dossier.id(), "Authorization", organiser).json();
        assertThat(inDossier.at("/contactMail/undeliverable/address").asText()).isEqualTo(email);
        assertThat(inDossier.at("/contactMail/undeliverable/reason").asText()).isEqualTo("bounce");
        var filtered = api.get("/admin/campaigns/" + OPEN + "/candidacies?mail=undeliverable&limit=250",
                "Authorization", organiser).json();
        assertThat(filtered.get("items").findValuesAsText("id")).contains(dossier.id()).doesNotContain(other.id());
        assertThat(filtered.get("items").findValuesAsText("mailState")).isSubsetOf("undeliverable", "given_up");
        assertThat(api.get("/admin/campaigns/" + OPEN + "/candidacies?mail=everything", "Authorization", organiser)
                .errorCode()).isEqualTo("validation_failed");

        // the address is not mailed again: a lost-link request records its mail, visibly not sent
        backend.clearMails();
        api.post("/campaigns/" + OPEN + "/access-links", java.util.Map.of("email", email));
        var mails = api.get("/admin/candidacies/" + dossier.id() + "/mails", "Authorization", organiser).json();
        assertThat(mails.at("/mails/1/kind").asText()).isEqualTo("access_link");
        assertThat(mails.at("/mails/1/status").asText()).isEqualTo("suppressed");
        assertThat(backend.mailsTo(email)).isEmpty();
        assertThat(api.post("/admin/candidacies/" + dossier.id() + "/mails/" + confirmation + "/resend", null,
                "Authorization", organiser, "Idempotency-Key", "resend-after-bounce").errorCode())
                .isEqualTo("contact_undeliverable");
    }

    @Test
    void a_resend_goes_once_even_when_the_request_is_retried_and_is_audited() {
        String email = Applicants.uniqueEmail("renvoi");
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(email));
        e2e.submit(dossier);
        String confirmation = api.get("/admin/candidacies/" + dossier.id() + "/mails", "Authorization", organiser)
                .json().at("/mails/0/id").asText();
        String resend = "/admin/candidacies/" + dossier.id() + "/mails/" + confirmation + "/resend";

        Api.Response first = api.post(resend, null, "Authorization", organiser, "Idempotency-Key", "renvoi-0001");
        Api.Response retried = api.post(resend, null, "Authorization", organiser, "Idempotency-Key", "renvoi-0001");

        assertThat(first.status()).as(first.body()).isEqualTo(202);
        assertThat(retried.status()).isEqualTo(202);
        assertThat(retried.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retried.json().at("/mail/id").asText()).isEqualTo(first.json().at("/mail/id").asText());
        assertThat(backend.mailsTo(email)).hasSize(2);
        assertThat(backend.mailsTo(email).get(1).text()).contains("/dossier.html#" + dossier.id() + ".");
        var mails = api.get("/admin/candidacies/" + dossier.id() + "/mails", "Authorization", organiser).json();
        assertThat(mails.get("mails").findValuesAsText("resendOf")).containsExactly(confirmation);
        assertThat(api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json()
                .get("mails").findValuesAsText("status")).containsExactly("sent", "sent");
        var audit = api.get("/admin/campaigns/" + OPEN + "/audit?candidacyId=" + dossier.id(), "Authorization", organiser)
                .json();
        assertThat(audit.get("entries").findValuesAsText("action").stream().filter("mail_resent"::equals)).hasSize(1);
        assertThat(api.post(resend, null, "Authorization", organiser).errorCode()).isEqualTo("idempotency_key_required");
    }
}
