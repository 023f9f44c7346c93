package fr.interconnectes.candidatures.local.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTDecodeException;
import com.auth0.jwt.exceptions.SignatureVerificationException;
import com.auth0.jwt.interfaces.DecodedJWT;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What API Gateway's JWT authorizer does before a route's function runs, for one authorizer of the
 * template (https://docs.aws.amazon.com/apigateway/latest/developerguide/http-api-jwt-authorizer.html):
 * the token from the identity source (alone or after {@code Bearer }), an RSA signature by a key of the
 * issuer's key set named by the header's {@code kid}, {@code iss} equal to the configured issuer,
 * {@code aud} (or, only when there is no {@code aud}, {@code client_id}) matching a configured audience,
 * {@code exp} after now, {@code nbf} and {@code iat} not after now, and one of the route's scopes in
 * {@code scope}/{@code scp} when it requires some. AWS documents no clock-skew allowance; the leeway is
 * a parameter, zero by default.
 *
 * <p>One local addition: {@code token_use} must be {@code access} or {@code id}, as in every token Cognito
 * issues (API Gateway does not look at it).
 *
 * <p>The claims handed to the function are strings, as API Gateway passes them: numbers as their digits,
 * arrays as {@code [a b]}.
 */
public final class JwtAuthorizer {

    /** No tolerance: the documented checks compare with the current time. */
    public static final Duration NO_LEEWAY = Duration.ZERO;
    static final String ALGORITHM = "RS256";
    private static final Set<String> TOKEN_USES = Set.of("access", "id");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The claims to hand to the function, or why the token is refused (for the local log only). */
    public record Decision(Optional<Map<String, String>> claims, String refusal) {

        static Decision allow(Map<String, String> claims) {
            return new Decision(Optional.of(Map.copyOf(claims)), null);
        }

        static Decision refuse(String why) {
            return new Decision(Optional.empty(), why);
        }

        public boolean allowed() {
            return claims.isPresent();
        }
    }

    private final JwtAuthorizerConfig config;
    private final Map<String, RSAPublicKey> keys;
    private final Clock clock;
    private final Duration leeway;

    /**
     * @param keys   the issuer's public keys by key id: what API Gateway reads from its {@code jwks_uri}
     * @param leeway how far the clock may be off; AWS documents none
     */
    public JwtAuthorizer(JwtAuthorizerConfig config, Map<String, RSAPublicKey> keys, Clock clock, Duration leeway) {
        this.config = config;
        this.keys = Map.copyOf(keys);
        this.clock = clock;
        this.leeway = leeway;
    }

    public JwtAuthorizerConfig config() {
        return config;
    }

    /**
     * @param headers        the request headers, names in lower case
     * @param requiredScopes the route's authorization scopes; empty when it requires none
     */
    public Decision verify(Map<String, String> headers, List<String> requiredScopes) {
        String source = headers.get(config.identityHeader());
        if (source == null || source.isBlank()) {
            return Decision.refuse("no " + config.identityHeader() + " header");
        }
        String token = source.trim();
        if (token.regionMatches(true, 0, "Bearer ", 0, 7)) {
            token = token.substring(7).trim();
        }
        DecodedJWT jwt;
        JsonNode payload;
        try {
            jwt = JWT.decode(token);
            payload = JSON.readTree(Base64.getUrlDecoder().decode(jwt.getPayload()));
        } catch (JWTDecodeException | IllegalArgumentException | IOException e) {
            return Decision.refuse("not a JWT");
        }
        if (payload == null || !payload.isObject()) {
            return Decision.refuse("the payload is not a JSON object");
        }
        if (!ALGORITHM.equals(jwt.getAlgorithm())) {
            return Decision.refuse("algorithm " + jwt.getAlgorithm() + " (the issuer's key is " + ALGORITHM + ")");
        }
        RSAPublicKey key = jwt.getKeyId() == null ? null : keys.get(jwt.getKeyId());
        if (key == null) {
            return Decision.refuse("kid " + jwt.getKeyId() + " is not a key of the issuer");
        }
        try {
            Algorithm.RSA256(key, null).verify(jwt);
        } catch (SignatureVerificationException e) {
            return Decision.refuse("bad signature");
        }
        if (!config.issuer().equals(text(payload.get("iss")))) {
            return Decision.refuse("iss " + text(payload.get("iss")) + " is not " + config.issuer());
        }
        if (!audienceMatches(payload)) {
            return Decision.refuse("neither aud nor client_id is one of " + config.audiences());
        }
        long now = clock.instant().getEpochSecond();
        long skew = leeway.toSeconds();
        JsonNode exp = payload.get("exp");
        if (exp == null || !exp.isNumber()) {
            return Decision.refuse("no exp");
        }
        if (!(exp.asLong() + skew > now)) {
            return Decision.refuse("expired at " + exp.asLong() + " (now " + now + ")");
        }
        for (String claim : List.of("nbf", "iat")) {
            JsonNode time = payload.get(claim);
            if (time != null && !time.isNumber()) {
                return Decision.refuse(claim + " is not a number");
            }
            if (time != null && time.asLong() - skew > now) {
                return Decision.refuse(claim + " " + time.asLong() + " is in the future (now " + now + ")");
            }
        }
        String tokenUse = text(payload.get("token_use"));
        if (tokenUse == null || !TOKEN_USES.contains(tokenUse)) {
            return Decision.refuse("token_use " + tokenUse + " is neither access nor id");
        }
        if (!requiredScopes.isEmpty() && scopes(payload).stream().noneMatch(requiredScopes::contains)) {
            return Decision.refuse("none of the route's scopes " + requiredScopes);
        }
        return Decision.allow(render(payload));
    }

    /** {@code aud} decides when present; {@code client_id} is looked at only without {@code aud}. */
    private boolean audienceMatches(JsonNode payload) {
        JsonNode aud = payload.get("aud");
        if (aud != null && !aud.isNull()) {
            List<String> audiences = new ArrayList<>();
            if (aud.isArray()) {
                aud.forEach(a -> audiences.add(a.asText()));
            } else {
                audiences.add(aud.asText());
            }
            return audiences.stream().anyMatch(config.audiences()::contains);
        }
        String clientId = text(payload.get("client_id"));
        return clientId != null && config.audiences().contains(clientId);
    }

    private static List<String> scopes(JsonNode payload) {
        List<String> scopes = new ArrayList<>();
        for (String claim : List.of("scope", "scp")) {
            JsonNode value = payload.get(claim);
            if (value == null) {
                continue;
            }
            if (value.isArray()) {
                value.forEach(s -> scopes.add(s.asText()));
            } else {
                scopes.addAll(List.of(value.asText().trim().split("\\s+")));
            }
        }
        return scopes;
    }

    /** Every claim as the string API Gateway would pass: {@code "1823526192"}, {@code "[organisers jurors]"}. */
    static Map<String, String> render(JsonNode payload) {
        Map<String, String> claims = new LinkedHashMap<>();
        payload.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            if (value.isNull()) {
                return;
            }
            if (value.isArray()) {
                List<String> elements = new ArrayList<>();
                value.forEach(e -> elements.add(e.isValueNode() ? e.asText() : e.toString()));
                claims.put(field.getKey(), "[" + String.join(" ", elements) + "]");
            } else {
                claims.put(field.getKey(), value.isValueNode() ? value.asText() : value.toString());
            }
        });
        return claims;
    }

    private static String text(JsonNode node) {
        return node == null || !node.isTextual() ? null : node.asText();
    }
}
