package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Bursts on one dossier over HTTP, on the emulators: a double click multiplied, client retries, a script. One
 * receipt and exactly one mail, and contention absorbed by the use cases' retries (a 409 that outlasts them says
 * when to try again).
 */
class ConcurrencyTest {

    static final String OPEN = "aura-2027-label";
    static final int BURST = 64;

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());

    private static List<Api.Response> burst(int size, Supplier<Api.Response> call) throws Exception {
        CyclicBarrier start = new CyclicBarrier(size);
        ExecutorService pool = Executors.newFixedThreadPool(size);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.get();
                }));
            }
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void everyRefusalIsContentionWithRetryAfter(List<Api.Response> responses) {
        responses.stream().filter(r -> r.status() != 200 && r.status() != 201).forEach(r -> {
            assertThat(r.status()).as(r.body()).isEqualTo(409);
            assertThat(r.errorCode()).isEqualTo("concurrent_modification");
            assertThat(r.header("retry-after")).isEqualTo("1");
        });
    }

    @Test
    void sixty_four_concurrent_submits_of_one_dossier_give_one_receipt_and_send_exactly_one_mail() throws Exception {
        String email = Applicants.uniqueEmail("burst");
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(email));
        Applicants.attach(api, dossier, "dossier.pdf", "application/pdf", Applicants.pdf());

        List<Api.Response> responses = burst(BURST,
                () -> api.post("/candidacies/" + dossier.id() + "/submit", null, "Authorization", dossier.auth()));

        everyRefusalIsContentionWithRetryAfter(responses);
        assertThat(responses.stream().filter(r -> r.status() == 200).map(r -> r.json().at("/receipt/number").asText())
                .distinct().toList()).as("one receipt, whoever answered").hasSize(1);
        assertThat(responses.stream().filter(r -> r.status() == 200).count()).as("most are absorbed by the retries")
                .isGreaterThan(BURST / 2);
        // the retry job may still hold a mail another submit claimed: let it run, then count
        api.post("/local/schedules/DeliverPendingMailsFunction", null);
        assertThat(backend.mailsTo(email)).as("exactly one confirmation").hasSize(1);
        var stored = api.get("/candidacies/" + dossier.id(), "Authorization", dossier.auth()).json();
        assertThat(stored.get("status").asText()).isEqualTo("submitted");
    }

    @Test
    void thirty_two_concurrent_updates_without_if_match_are_refused_only_for_contention_with_retry_after() throws Exception {
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("updates")));

        List<Api.Response> updates = burst(32, () -> api.put("/candidacies/" + dossier.id(),
                Applicants.labelForm(Applicants.uniqueEmail("updated")), "Authorization", dossier.auth()));

        // how many get through depends on the emulator's speed (on this 2-core machine, about 18 of 32, against 9
        // before the retries waited); what holds everywhere: a refusal is contention, and says when to try again
        everyRefusalIsContentionWithRetryAfter(updates);
        assertThat(updates.stream().filter(r -> r.status() == 200).count()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void thirty_two_concurrent_file_announcements_are_absorbed_by_the_retries() throws Exception {
        var dossier = Applicants.create(api, OPEN, Applicants.labelForm(Applicants.uniqueEmail("announces")));

        List<Api.Response> announced = burst(32, () -> api.post("/candidacies/" + dossier.id() + "/attachments",
                Map.of("fileName", "annexe.pdf", "contentType", "application/pdf", "size", 1000),
                "Authorization", dossier.auth()));

        // the campaign takes 10 files: the others are refused as too many, none for contention
        everyRefusalIsContentionWithRetryAfter(announced.stream()
                .filter(r -> !"too_many_files".equals(r.status() == 422 ? r.errorCode() : null)).toList());
        assertThat(announced.stream().filter(r -> r.status() == 201 || r.status() == 200).count())
                .as("8 of 32 got through before the retries waited").isEqualTo(10);
    }
}
