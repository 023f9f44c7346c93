package fr.interconnectes.candidatures.local.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A double click, a retry or 32 identical requests at once give one dossier and the same answer. */
class IdempotencyTest {

    static final String OPEN = "aura-2027-label";

    private final TestEmulators backend = TestEmulators.get();
    private final Api api = new Api(backend.apiUrl());
    private final DynamoDbCandidacies candidacies =
            new DynamoDbCandidacies(backend.aws().dynamoDb(), backend.tableName());

    @Test
    void the_same_key_and_body_replay_the_first_answer() {
        String email = Applicants.uniqueEmail("replay");
        String key = "form-" + UUID.randomUUID();
        var form = Applicants.labelForm(email);

        Api.Response first = api.post("/campaigns/" + OPEN + "/candidacies", form, "Idempotency-Key", key);
        Api.Response second = api.post("/campaigns/" + OPEN + "/candidacies", form, "Idempotency-Key", key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(second.status()).isEqualTo(201);
        assertThat(second.json()).isEqualTo(first.json());
        assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(candidacies.findByContactEmail(OPEN, email)).hasSize(1);
        assertThat(api.get("/candidacies/" + first.json().get("id").asText(),
                "Authorization", "Bearer " + second.json().get("accessToken").asText()).status()).isEqualTo(200);
    }

    @Test
    void the_same_key_with_another_body_is_refused() {
        String key = "form-" + UUID.randomUUID();
        api.post("/campaigns/" + OPEN + "/candidacies", Applicants.labelForm(Applicants.uniqueEmail("a")), "Idempotency-Key", key);

        Api.Response reused = api.post("/campaigns/" + OPEN + "/candidacies",
                Applicants.labelForm(Applicants.uniqueEmail("b")), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.errorCode()).isEqualTo("idempotency_key_reused");
    }

    @Test
    void thirty_two_concurrent_identical_requests_make_one_dossier() throws Exception {
        String email = Applicants.uniqueEmail("burst");
        String key = "form-" + UUID.randomUUID();
        var form = Applicants.labelForm(email);
        ExecutorService pool = Executors.newFixedThreadPool(32);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return api.post("/campaigns/" + OPEN + "/candidacies", form, "Idempotency-Key", key);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get(60, TimeUnit.SECONDS));
            }
            assertThat(responses).allSatisfy(r -> assertThat(r.status()).as(r.body()).isEqualTo(201));
            Set<String> ids = responses.stream().map(r -> r.json().get("id").asText()).collect(Collectors.toSet());
            Set<String> tokens = responses.stream().map(r -> r.json().get("accessToken").asText()).collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
            assertThat(tokens).hasSize(1);
            assertThat(candidacies.findByContactEmail(OPEN, email)).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void a_malformed_key_is_refused() {
        Api.Response refused = api.post("/campaigns/" + OPEN + "/candidacies", Applicants.labelForm("a@b.fr"),
                "Idempotency-Key", "short");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.errorCode()).isEqualTo("invalid_idempotency_key");
    }
}
