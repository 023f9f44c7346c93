package fr.interconnectes.candidatures.local.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.http.HttpErrorCode;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.e2e.Api;
import fr.interconnectes.candidatures.local.e2e.Applicants;
import fr.interconnectes.candidatures.local.e2e.E2e;
import fr.interconnectes.candidatures.local.it.TestEmulators;
import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.Select;

/**
 * The bad-input suite: {@value #DEFAULT_REQUESTS} generated hostile requests (seeded: {@code -Dbadinput.seed},
 * {@code -Dbadinput.requests}) over every HttpApi route of template.yaml, on the wire to the local runner on the
 * emulators. Whatever they carry, the server never fails (no 5xx, an HTTP answer to each), every refusal is in the
 * project's error shape with a stable code and no class name (or API Gateway's own 401 on a staff route), no
 * request that asks for a change gets it, and nothing is stored: the table, the bucket and the sent mails are as
 * they were.
 */
class BadInputSuiteTest {

    static final int DEFAULT_REQUESTS = 10_000;
    static final long DEFAULT_SEED = 20_271_010L;
    static final int SENDERS = 4;

    private static final Set<String> STABLE_CODES = Stream.of(
                    Stream.of(ErrorCode.values()).map(ErrorCode::code), Stream.of(HttpErrorCode.values()).map(HttpErrorCode::code),
                    Stream.of(fr.interconnectes.candidatures.selectionday.SelectionDayError.values())
                            .map(fr.interconnectes.candidatures.selectionday.SelectionDayError::code))
            .flatMap(codes -> codes)
            .collect(Collectors.toUnmodifiableSet());
    private static final Pattern LEAK = Pattern.compile("Exception|java\\.|\\bat fr\\.|\\.java:|<html|<h1", Pattern.CASE_INSENSITIVE);
    /** Documented to answer 202 whatever the address, and to send nothing unless a dossier has it. */
    private static final Set<String> ALWAYS_ACCEPTED = Set.of("POST /campaigns/{campaignId}/access-links");

    private final TestEmulators backend = TestEmulators.get();

    @Test
    void ten_thousand_hostile_requests_over_every_route_get_no_5xx_a_stable_error_and_store_nothing() throws Exception {
        long seed = Long.getLong("badinput.seed", DEFAULT_SEED);
        int count = Integer.getInteger("badinput.requests", DEFAULT_REQUESTS);
        HostileRequests.Fixtures fixtures = fixtures();
        List<HttpRoute> routes = backend.backend().deployment().routes();
        HostileRequests generator = new HostileRequests(routes, fixtures, seed);
        RawHttp http = new RawHttp(backend.backend().apiPort());
        Api api = new Api(backend.apiUrl());
        String draftBefore = api.get("/candidacies/" + fixtures.draftId(), "Authorization", fixtures.draftAuthorization()).body();
        Stored before = stored();

        Map<String, AtomicInteger> statuses = new TreeMap<>();
        Map<String, AtomicInteger> categories = new ConcurrentHashMap<>();
        Set<String> routesHit = ConcurrentHashMap.newKeySet();
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        long started = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(SENDERS);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int sender = 0; sender < SENDERS; sender++) {
                int first = sender;
                sent.add(senders.submit(() -> {
                    for (int i = first; i < count; i += SENDERS) {
                        HostileRequests.Hostile hostile = generator.get(i);
                        RawHttp.Response response = http.send(hostile.request());
                        synchronized (statuses) {
                            statuses.computeIfAbsent(String.valueOf(response.status()), s -> new AtomicInteger()).incrementAndGet();
                        }
                        categories.computeIfAbsent(hostile.category().name(), c -> new AtomicInteger()).incrementAndGet();
                        routesHit.add(hostile.route().routeKey());
                        check(i, hostile, response).ifPresent(problems::add);
                    }
                    return null;
                }));
            }
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            senders.shutdownNow();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("BAD-INPUT SUITE: %,d hostile requests (seed %d) over %d routes in %.1f s (%.0f requests/s, %d senders)%n"
                        + "  statuses %s%n  categories %s%n  problems %d%n", count, seed, routesHit.size(), seconds,
                count / seconds, SENDERS, statuses, new TreeMap<>(categories), problems.size());

        assertThat(problems).as("requests answered wrongly (index, category, route: what)").isEmpty();
        assertThat(count).isGreaterThanOrEqualTo(Math.min(count, DEFAULT_REQUESTS));
        assertThat(routesHit).as("every HttpApi route of template.yaml")
                .containsExactlyInAnyOrderElementsOf(routes.stream().map(HttpRoute::routeKey).toList());
        assertThat(categories.keySet()).hasSize(HostileRequests.Category.values().length);
        assertThat(stored()).as("nothing stored: items, files, mails").isEqualTo(before);
        assertThat(api.get("/candidacies/" + fixtures.draftId(), "Authorization", fixtures.draftAuthorization()).body())
                .as("the draft every request aimed at").isEqualTo(draftBefore);
    }

    /** What is wrong with this answer, if anything. */
    private static java.util.Optional<String> check(int index, HostileRequests.Hostile hostile, RawHttp.Response response) {
        String where = "#" + index + " " + hostile.category() + " " + hostile.route().routeKey() + " "
                + hostile.request().method() + " " + RawHttp.abbreviated(hostile.request().target()) + ": ";
        int status = response.status();
        if (status < 0) {
            return java.util.Optional.of(where + "no HTTP answer: " + RawHttp.abbreviated(response.body()));
        }
        if (status >= 500) {
            return java.util.Optional.of(where + status + " " + RawHttp.abbreviated(response.body()));
        }
        if (LEAK.matcher(response.body()).find()) {
            return java.util.Optional.of(where + "leaks " + RawHttp.abbreviated(response.body()));
        }
        if (status < 400) {
            boolean read = hostile.request().method().equals("GET") || hostile.request().method().equals("OPTIONS");
            return read || ALWAYS_ACCEPTED.contains(hostile.route().routeKey()) && status == 202 ? java.util.Optional.empty()
                    : java.util.Optional.of(where + "accepted with " + status);
        }
        JsonNode body;
        try {
            body = Api.JSON.readTree(response.body());
        } catch (IOException e) {
            return java.util.Optional.of(where + status + " not JSON: " + RawHttp.abbreviated(response.body()));
        }
        if (status == 401 && hostile.route().requiresJwt() && body != null && body.size() == 1
                && "Unauthorized".equals(body.path("message").asText())) {
            return java.util.Optional.empty();
        }
        String code = body == null ? "" : body.at("/error/code").asText();
        if (!STABLE_CODES.contains(code) || body.at("/error/message").asText().isBlank()) {
            return java.util.Optional.of(where + status + " not in the error shape: " + RawHttp.abbreviated(response.body()));
        }
        return java.util.Optional.empty();
    }

    /** A draft with one received file, a submitted dossier, and tokens: what the hostile requests aim at. */
    private HostileRequests.Fixtures fixtures() {
        Api api = new Api(backend.apiUrl());
        var draft = Applicants.create(api, "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("hostile-draft")));
        Api.Response attached = Applicants.attach(api, draft, "dossier.pdf", "application/pdf", Applicants.pdf());
        String attachmentId = attached.json().path("id").asText(attached.json().path("attachmentId").asText("aNoSuchFile"));
        var submitted = Applicants.create(api, "aura-2027-label", Applicants.labelForm(Applicants.uniqueEmail("hostile-sent")));
        new E2e(api).submit(submitted);
        String organiser = backend.backend().mintToken(TokenRequest.of(Role.ORGANISER, null, "hostile-organiser", null)).token();
        String juror = backend.backend().mintToken(TokenRequest.of(Role.JUROR, null, "hostile-juror", null)).token();
        String otherRegion = backend.backend().mintToken(
                TokenRequest.of(Role.REGIONAL_ORGANISER, "IDF", "hostile-idf", null)).token();
        return new HostileRequests.Fixtures("aura-2027-label", draft.id(), draft.auth(), submitted.id(), submitted.auth(),
                attachmentId, organiser, juror, otherRegion);
    }

    /** What a request could have left behind. */
    record Stored(int items, int files, int mails) {
    }

    private Stored stored() {
        int items = backend.aws().dynamoDb().scanPaginator(r -> r.tableName(backend.tableName()).select(Select.COUNT))
                .stream().mapToInt(page -> page.count()).sum();
        int files = backend.aws().s3().listObjectsV2Paginator(r -> r.bucket(backend.bucketName())).stream()
                .mapToInt(page -> page.contents().size()).sum();
        return new Stored(items, files, backend.mails().size());
    }
}
