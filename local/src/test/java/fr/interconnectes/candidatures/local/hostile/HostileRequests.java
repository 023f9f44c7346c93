package fr.interconnectes.candidatures.local.hostile;

import fr.interconnectes.candidatures.local.runtime.HttpRoute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates the hostile requests of the bad-input suite: request {@code i} of seed {@code s} is always the same
 * (its own {@link Random}), whatever thread sends it. Each request carries at least one fault that must make the
 * API refuse it (or, on a read, leave nothing behind): a hostile id, a wrong method or content type, a body of the
 * wrong type, too deep or too large, control and bidi characters, path traversal, header injection, oversized
 * query parameters, a bad credential. Real ids and valid credentials are combined only with a faulty body or a
 * refusing role, so that nothing a request asks may legitimately be done.
 */
final class HostileRequests {

    enum Category {
        HOSTILE_ID, WRONG_METHOD, WRONG_CONTENT_TYPE, MALFORMED_BODY, WRONG_TYPES, DEEP_NESTING, HUGE_BODY,
        CONTROL_AND_BIDI, PATH_TRAVERSAL, HEADER_INJECTION, OVERSIZED_QUERY, BAD_CREDENTIALS
    }

    /** What the requests may name: the fixtures of the run. */
    record Fixtures(String campaignId, String draftId, String draftAuthorization, String submittedId,
                    String submittedAuthorization, String attachmentId, String organiserToken, String jurorToken,
                    String otherRegionToken) {
    }

    record Hostile(Category category, HttpRoute route, RawHttp.Request request) {
    }

    /** Routes that read a JSON body: a real target with a faulty body reaches their readers. */
    private static final Map<String, String> WRONG_TYPED_BODIES = Map.ofEntries(
            Map.entry("POST /campaigns/{campaignId}/candidacies", "{\"applicant\":\"x\",\"project\":5,\"language\":[]}"),
            Map.entry("PUT /candidacies/{candidacyId}", "{\"applicant\":[1],\"project\":\"p\",\"language\":7}"),
            Map.entry("POST /candidacies/{candidacyId}/attachments", "{\"fileName\":5,\"contentType\":[],\"size\":\"big\"}"),
            Map.entry("POST /campaigns/{campaignId}/access-links", "{\"email\":5}"),
            Map.entry("PUT /admin/campaigns/{campaignId}", "{\"title\":5,\"region\":[],\"edition\":\"x\",\"opensAt\":1}"),
            Map.entry("POST /admin/campaigns/{campaignId}/copy", "{\"id\":5,\"edition\":\"2031\"}"),
            Map.entry("PUT /admin/candidacies/{candidacyId}/extension", "{\"deadline\":5}"),
            Map.entry("PUT /admin/candidacies/{candidacyId}/jurors", "{\"jurorIds\":\"juror-1\"}"),
            Map.entry("PUT /admin/candidacies/{candidacyId}/conflict", "{\"reason\":5}"),
            Map.entry("PUT /admin/candidacies/{candidacyId}/scores", "{\"scores\":[],\"comment\":5}"),
            Map.entry("PUT /admin/candidacies/{candidacyId}/decision", "{\"outcome\":5}"),
            Map.entry("POST /admin/campaigns/{campaignId}/decisions/send", "{\"nationalCampaignId\":5}"));

    private static final List<String> HOSTILE_IDS = List.of(
            "x".repeat(5_000), "c".repeat(65), "c".repeat(2_048), "..", ".", "%2e%2e", "..%2f..%2fadmin",
            "a%2Fb", "%00", "c%00x", "%0d%0aSet-Cookie:%20x=1", "%E2%80%AE%E2%80%8Bc1", "%F0%9F%98%80", "%C3%A9t%C3%A9",
            "'%20OR%201=1--", "CAMPAIGN%23aura", "c%20x", "%25%32%65", "%ff%fe", "%zz", "-leading", "_x",
            "%7B%24where%7D", "c%0A1", "%EF%BB%BFc1", "c1;DROP", "a.b", "%5C..%5C");
    private static final List<String> TRAVERSALS = List.of(
            "/../admin/me", "/campaigns/../admin/me", "/candidacies/..%2F..%2Fadmin%2Fme", "/%2e%2e/%2e%2e/etc/passwd",
            "/campaigns/aura-2027-label/..\\..\\x", "//admin//me", "/admin/./me", "/candidacies/%5c..%5c/submit",
            "/campaigns/aura-2027-label%00/candidacies", "/campaigns\\aura-2027-label", "/campaigns/%2e%2e%2f%2e%2e%2f",
            "/..;/admin/me", "/campaigns/aura-2027-label/../../../template.yaml", "/web/../../pom.xml");
    private static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/jsonx",
            "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "application/xml", "text/json",
            "application/json-seq", "application/javascript", "image/png", "*/*");
    private static final List<String> MALFORMED = List.of("{", "{\"a\":", "[1,2", "nul", "{'a':1}", "{\"a\":1,}",
            "\u0000", "{\"a\":\"\\x41\"}", "{\"a\":01}", "{\"a\":NaN}", "\uFEFF{\"a\"", "}{", "{\"a\" 1}", "<xml/>");
    private static final List<String> WRONG_TOP_LEVEL = List.of("[]", "\"text\"", "42", "null", "true", "-0", "1e400",
            "[{}]", "\"\\u0000\"");
    private static final List<String> CONTROL_AND_BIDI = List.of("\u202E", "\u202D", "\u2066", "\u200B", "\u0000",
            "\u0007", "\u001B[31m", "\r\n", "\u0085", "\uFEFF", "\\ud800", "\\udfff", "\u061C", "\u2028");
    private static final List<String> WRONG_METHODS = List.of("GET", "POST", "PUT", "DELETE", "PATCH", "TRACE", "FOO",
            "get", "PROPFIND");
    private static final List<String> HOSTILE_QUERIES = List.of(
            "limit=99999999999999999999", "limit=-5", "limit=abc", "cursor=" + "QUJD".repeat(1_300), "cursor=%00%ff",
            "status=%E2%80%AEsubmitted", "sort=%00", "sort=-" + "x".repeat(500), "q=" + "A".repeat(3_000),
            "campaignId=" + "c".repeat(3_000), "campaignId=..%2F..", "format=xml", "format=%0d%0a", "separator=%00",
            "aggregation=../", "normalise=maybe", "submittedFrom=2027-13-45", "submittedTo=yesterday",
            "limit=1&limit=2&limit=3", "%zz=%zz", "kind=%C0%AF", "status=draft%00submitted", "limit=0");

    private final List<HttpRoute> routes;
    private final Fixtures fixtures;
    private final long seed;

    HostileRequests(List<HttpRoute> routes, Fixtures fixtures, long seed) {
        this.routes = List.copyOf(routes);
        this.fixtures = fixtures;
        this.seed = seed;
    }

    /** Request {@code i}: routes in turn, so that every route of the template gets its share. */
    Hostile get(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        HttpRoute route = routes.get(i % routes.size());
        Category category = Category.values()[random.nextInt(Category.values().length)];
        return new Hostile(category, route, build(category, route, random));
    }

    private RawHttp.Request build(Category category, HttpRoute route, Random random) {
        List<String[]> headers = new ArrayList<>();
        String target = realPath(route);
        String method = route.method();
        byte[] body = new byte[0];
        boolean readsBody = WRONG_TYPED_BODIES.containsKey(route.routeKey());
        switch (category) {
            case HOSTILE_ID -> {
                target = hostilePath(route, pick(random, HOSTILE_IDS));
                authorize(route, headers, true);
                body = readsBody ? bytes(WRONG_TYPED_BODIES.get(route.routeKey())) : body;
                json(headers, body);
            }
            case WRONG_METHOD -> {
                String path = target;
                List<String> others = WRONG_METHODS.stream().filter(m -> routes.stream()
                        .noneMatch(r -> r.match(m.toUpperCase(java.util.Locale.ROOT), path).isPresent())).toList();
                method = pick(random, others);
                authorize(route, headers, random.nextBoolean());
                body = bytes("{\"evil\":true}");
                json(headers, body);
            }
            case WRONG_CONTENT_TYPE -> {
                authorize(route, headers, true);
                body = bytes(readsBody ? WRONG_TYPED_BODIES.get(route.routeKey()) : "{\"evil\":true}");
                headers.add(new String[] {"Content-Type", pick(random, WRONG_CONTENT_TYPES)});
                target = safeTarget(route, target);
            }
            case MALFORMED_BODY, WRONG_TYPES, DEEP_NESTING, HUGE_BODY, CONTROL_AND_BIDI -> {
                authorize(route, headers, true);
                body = faultyBody(category, route, random);
                json(headers, body);
                target = safeTarget(route, target);
                if (category == Category.CONTROL_AND_BIDI) {
                    target += (target.contains("?") ? "&" : "?") + "q=%E2%80%AE%07%1B";
                }
            }
            case PATH_TRAVERSAL -> {
                target = pick(random, TRAVERSALS);
                authorize(route, headers, random.nextBoolean());
                body = bytes("{\"evil\":true}");
                json(headers, body);
            }
            case HEADER_INJECTION -> {
                authorize(route, headers, true);
                body = bytes(readsBody ? WRONG_TYPED_BODIES.get(route.routeKey()) : "");
                json(headers, body);
                headers.add(pick(random, List.of(
                        new String[] {"X-Evil", "a\rb"},
                        new String[] {"X-Evil", "a\r\n b"},
                        new String[] {"X-Evil", "a\u0000b"},
                        new String[] {"Bad Header", "x"},
                        new String[] {"X-Big", "a".repeat(20_000)},
                        new String[] {"Idempotency-Key", "\u0001\u0002key\u007f"},
                        new String[] {"Idempotency-Key", "k".repeat(5_000)},
                        new String[] {"Idempotency-Key", "clé-idempotente-é"},
                        new String[] {"If-Match", "\"" + "9".repeat(100) + "\""},
                        new String[] {"If-Match", "W/\"x\", *"},
                        new String[] {"Accept-Language", "fr;q=".repeat(1_000)},
                        new String[] {"Accept-Language", "\u202Een"},
                        new String[] {"Content-Type", "application/json\r\nX-Injected: 1"},
                        new String[] {"Transfer-Encoding", "chunked"},
                        new String[] {"X-Forwarded-For", "127.0.0.1\r\nAuthorization: Bearer x"},
                        new String[] {"Cookie", "a=" + "b".repeat(9_000)})));
                if (random.nextInt(20) == 0) {
                    for (int n = 0; n < 300; n++) {
                        headers.add(new String[] {"X-Many-" + n, "v"});
                    }
                }
                target = safeTarget(route, target);
            }
            case OVERSIZED_QUERY -> {
                authorize(route, headers, true);
                body = bytes(readsBody ? WRONG_TYPED_BODIES.get(route.routeKey()) : "");
                json(headers, body);
                target = safeTarget(route, target) + (target.contains("?") ? "&" : "?") + pick(random, HOSTILE_QUERIES);
            }
            case BAD_CREDENTIALS -> {
                headers.add(new String[] {"Authorization", pick(random, List.of("Bearer " + "A".repeat(3_000), "Basic Zm9vOmJhcg==",
                        "Bearer", "bearer  x", fixtures.submittedAuthorization(), "Bearer \u00e9t\u00e9",
                        "Bearer " + fixtures.organiserToken().substring(0, fixtures.organiserToken().lastIndexOf('.') + 1)
                                + "c2lnbmF0dXJl", "Bearer a.b.c", "Bearer " + "e30." + "e30." + "e30"))});
                body = bytes(readsBody ? WRONG_TYPED_BODIES.get(route.routeKey()) : "");
                json(headers, body);
                target = safeTarget(route, target);
            }
        }
        return new RawHttp.Request(method, target, headers, body);
    }

    /** A body that no reader may accept: malformed, of the wrong type, too deep, too large, or full of control characters. */
    private static byte[] faultyBody(Category category, HttpRoute route, Random random) {
        boolean readsBody = WRONG_TYPED_BODIES.containsKey(route.routeKey());
        return switch (category) {
            case MALFORMED_BODY -> random.nextInt(10) == 0
                    ? new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'}
                    : bytes(random.nextInt(4) == 0 ? pick(random, WRONG_TOP_LEVEL) : pick(random, MALFORMED));
            case WRONG_TYPES -> bytes(readsBody ? WRONG_TYPED_BODIES.get(route.routeKey()) : pick(random, WRONG_TOP_LEVEL));
            case DEEP_NESTING -> {
                int depth = pick(random, List.of(1_001, 5_000, 50_000));
                yield bytes(random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
            }
            case HUGE_BODY -> {
                int size = random.nextInt(200) == 0 ? 10 * 1024 * 1024 + 1
                        : pick(random, List.of(5_000, 17_000, 70_000, 300_000));
                yield bytes("{\"x\":\"" + "A".repeat(size) + "\"}");
            }
            default -> {
                String evil = pick(random, CONTROL_AND_BIDI);
                yield bytes("{\"" + evil + "field" + evil + "\":\"" + evil + "value" + evil + "\",\"" + evil + "\":[\""
                        + evil.repeat(50) + "\"]}");
            }
        };
    }

    /** The route with the fixtures' ids: a real campaign, the draft dossier and its file. */
    private String realPath(HttpRoute route) {
        String path = route.path().replace("{campaignId}", fixtures.campaignId())
                .replace("{candidacyId}", fixtures.draftId()).replace("{attachmentId}", fixtures.attachmentId());
        return route.path().equals("/admin/jury/assignments") ? path + "?campaignId=" + fixtures.campaignId() : path;
    }

    private static String hostilePath(HttpRoute route, String id) {
        if (route.path().equals("/admin/jury/assignments")) {
            return route.path() + "?campaignId=" + id;
        }
        String[] segments = route.path().split("/");
        List<Integer> parameters = new ArrayList<>();
        for (int i = 0; i < segments.length; i++) {
            if (segments[i].startsWith("{")) {
                parameters.add(i);
            }
        }
        if (parameters.isEmpty()) {
            return route.path() + "/" + id;
        }
        int hostile = parameters.get(Math.abs(id.hashCode()) % parameters.size());
        StringBuilder path = new StringBuilder();
        for (int i = 1; i < segments.length; i++) {
            path.append('/').append(i == hostile ? id : segments[i].startsWith("{") ? "c1" : segments[i]);
        }
        return path.toString();
    }

    /**
     * A request whose only faults are in its body or headers must not name a real record on a route that needs no
     * body to act (submit, withdraw, delete, complete, send...) or that records what it reads (a dossier read, an
     * export): there, the ids are of no record.
     */
    private String safeTarget(HttpRoute route, String target) {
        boolean actsWithoutBody = !WRONG_TYPED_BODIES.containsKey(route.routeKey()) && !route.method().equals("GET");
        boolean auditedRead = Set.of("GET /admin/candidacies/{candidacyId}", "GET /admin/campaigns/{campaignId}/export")
                .contains(route.routeKey());
        return actsWithoutBody || auditedRead ? hostilePath(route, "cNoSuchDossier00") : target;
    }

    /**
     * Staff routes get a national organiser's token (the function runs and must refuse the fault), or none (the
     * authorizer refuses); applicant routes get the draft's own link.
     */
    private void authorize(HttpRoute route, List<String[]> headers, boolean withCredentials) {
        if (!withCredentials) {
            return;
        }
        headers.add(new String[] {"Authorization", route.requiresJwt() ? "Bearer " + fixtures.organiserToken()
                : fixtures.draftAuthorization()});
    }

    private static void json(List<String[]> headers, byte[] body) {
        if (body.length > 0) {
            headers.add(new String[] {"Content-Type", "application/json"});
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
