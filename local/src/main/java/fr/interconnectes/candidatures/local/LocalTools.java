package fr.interconnectes.candidatures.local;

import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.local.auth.LocalCognito;
import fr.interconnectes.candidatures.local.auth.TokenRequest;
import fr.interconnectes.candidatures.local.runtime.LocalApiServer;
import fr.interconnectes.candidatures.local.runtime.LocalClock;
import fr.interconnectes.candidatures.local.runtime.LocalScheduler;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Local-only routes under {@code /local/} (never deployed): move the server clock to demonstrate a
 * deadline, fire a scheduled function by hand, get a token of the local user pool.
 */
final class LocalTools implements LocalApiServer.LocalTools {

    private static final String SCHEDULES = "/local/schedules/";

    static final String TOKENS = "/local/tokens";
    static final String MAIL_EVENTS = "/local/mail-events";
    static final String JWKS = "/local/cognito/.well-known/jwks.json";

    private final LocalScheduler scheduler;
    private final LocalClock clock;
    private final LocalCognito cognito;
    private final MailEventInjector mailEvents;
    private final LocalSignIn signIn;

    /** @param cognito the local user pool, {@code null} when the template declares no JWT authorizer */
    LocalTools(LocalScheduler scheduler, LocalClock clock, LocalCognito cognito) {
        this(scheduler, clock, cognito, new MailEventInjector(List.of(), clock));
    }

    LocalTools(LocalScheduler scheduler, LocalClock clock, LocalCognito cognito, MailEventInjector mailEvents) {
        this(scheduler, clock, cognito, mailEvents, null);
    }

    /** @param signIn the local managed login (OAuth code + PKCE), {@code null} without a user pool */
    LocalTools(LocalScheduler scheduler, LocalClock clock, LocalCognito cognito, MailEventInjector mailEvents,
               LocalSignIn signIn) {
        this.scheduler = scheduler;
        this.clock = clock;
        this.cognito = cognito;
        this.mailEvents = mailEvents;
        this.signIn = signIn;
    }

    @Override
    public Optional<ApiResponse> handle(String method, String path, String rawQuery, Map<String, String> headers,
                                        String body) {
        if (signIn != null) {
            Optional<ApiResponse> answer = signIn.handle(method, path, rawQuery, headers, body);
            if (answer.isPresent()) {
                return answer;
            }
        }
        return handle(method, path, headers, body);
    }

    @Override
    public Optional<ApiResponse> handle(String method, String path, Map<String, String> headers, String body) {
        if (path.equals("/local/clock")) {
            return Optional.of(switch (method) {
                case "GET" -> clockState();
                case "PUT" -> travel(body);
                case "DELETE" -> {
                    clock.reset();
                    yield clockState();
                }
                default -> error(405, "method_not_allowed", "Méthode non autorisée sur /local/clock.");
            });
        }
        if (path.equals("/local/schedules") && method.equals("GET")) {
            return Optional.of(ApiResponse.json(200, Map.of("schedules", scheduler.schedules().stream()
                    .map(s -> Map.of("function", s.functionLogicalId(), "event", s.eventName(),
                            "schedule", s.expressionText(), "enabled", s.enabled()))
                    .toList())));
        }
        if (path.startsWith(SCHEDULES) && method.equals("POST")) {
            String id = path.substring(SCHEDULES.length());
            return Optional.of(scheduler.fire(id)
                    .map(results -> ApiResponse.json(200, Map.of("fired", results)))
                    .orElseGet(() -> error(404, "schedule_not_found",
                            "Aucune fonction planifiée « " + id + " » dans template.yaml.")));
        }
        if (cognito != null && path.equals(TOKENS)) {
            return Optional.of(method.equals("POST") ? mint(body)
                    : error(405, "method_not_allowed", "Méthode non autorisée sur " + TOKENS + " (POST)."));
        }
        if (mailEvents.available() && path.equals(MAIL_EVENTS)) {
            return Optional.of(method.equals("POST") ? injectMailEvent(headers, body)
                    : error(405, "method_not_allowed", "Méthode non autorisée sur " + MAIL_EVENTS + " (POST)."));
        }
        if (cognito != null && path.equals(JWKS) && method.equals("GET")) {
            return Optional.of(ApiResponse.json(200, cognito.jwks()));
        }
        return Optional.empty();
    }

    private ApiResponse mint(String body) {
        TokenRequest request;
        try {
            request = TokenRequest.parse(body == null || body.isBlank() ? null : Json.mapper().readTree(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(400, "malformed_json", "Le corps n'est pas un JSON valide.");
        } catch (TokenRequest.Invalid e) {
            return ApiResponse.json(400, Map.of("error", Map.of("code", "validation_failed",
                    "message", "Demande de jeton invalide.", "problems", e.problems())));
        }
        LocalCognito.Token token = cognito.mint(request);
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("token", token.token());
        answer.put("expiresAt", token.expiresAt().toString());
        answer.put("claims", token.claims());
        return ApiResponse.json(200, answer);
    }

    /**
     * {@code {"candidacyId", "mailId", "type": "bounce"|"soft_bounce"|"complaint"|"delivery"|"reject"}}: the SES
     * event about that mail, delivered as SNS would. JSON only, so that no page of another origin can post it.
     */
    private ApiResponse injectMailEvent(Map<String, String> headers, String body) {
        String type = headers.getOrDefault("content-type", "").toLowerCase(java.util.Locale.ROOT);
        if (!type.startsWith("application/json")) {
            return error(415, "unsupported_media_type", "Le corps doit être envoyé en application/json.");
        }
        JsonNode json;
        try {
            json = body == null || body.isBlank() ? null : Json.mapper().readTree(body);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(400, "malformed_json", "Le corps n'est pas un JSON valide.");
        }
        String candidacyId = json == null ? null : json.path("candidacyId").asText(null);
        String mailId = json == null ? null : json.path("mailId").asText(null);
        String eventType = json == null ? null : json.path("type").asText(null);
        if (candidacyId == null || mailId == null || !MailEventInjector.TYPES.containsKey(eventType)) {
            return error(400, "validation_failed", "Indiquez {\"candidacyId\", \"mailId\", \"type\"} où type vaut "
                    + "bounce, soft_bounce, complaint, delivery ou reject.");
        }
        String recipient = json.path("email").asText("destinataire@local.invalid");
        var results = mailEvents.inject(eventType, candidacyId, mailId, recipient);
        return ApiResponse.json(200, Map.of("injected", eventType, "results", results));
    }

    private ApiResponse travel(String body) {
        try {
            JsonNode json = Json.mapper().readTree(body);
            JsonNode now = json == null ? null : json.get("now");
            if (now == null || !now.isTextual()) {
                return error(400, "validation_failed", "Indiquez {\"now\": \"<instant ISO-8601>\"}.");
            }
            clock.travelTo(java.time.OffsetDateTime.parse(now.asText()).toInstant());
            return clockState();
        } catch (DateTimeParseException | com.fasterxml.jackson.core.JsonProcessingException e) {
            return error(400, "validation_failed",
                    "« now » doit être un instant ISO-8601 avec décalage, par ex. 2019-10-10T23:59:59.999+02:00.");
        }
    }

    private ApiResponse clockState() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("now", Instant.now(clock).toString());
        state.put("adjusted", clock.isAdjusted());
        return ApiResponse.json(200, state);
    }

    private static ApiResponse error(int status, String code, String message) {
        return ApiResponse.json(status, Map.of("error", Map.of("code", code, "message", message)));
    }

    static List<String> describe() {
        return List.of(
                line("PUT    /local/clock {\"now\": \"2019-10-10T23:59:59.999+02:00\"}", "move the server clock"),
                line("DELETE /local/clock", "back to real time"),
                line("GET    /local/schedules", "scheduled functions"),
                line("POST   /local/schedules/{LogicalId}", "run one now"),
                line("POST   " + TOKENS + " {\"role\": \"juror\", \"sub\": \"juror-3\"}", "a token of the local user pool"),
                line("GET    " + JWKS, "its signing key"),
                line("GET    " + LocalSignIn.AUTHORIZE + "?…", "the console's sign-in (OAuth code + PKCE)"),
                line("POST   " + MAIL_EVENTS + " {\"candidacyId\", \"mailId\", \"type\": \"bounce\"}",
                        "an SES event about a sent mail"));
    }

    private static String line(String request, String what) {
        return String.format("%-62s %s", request, what);
    }
}
