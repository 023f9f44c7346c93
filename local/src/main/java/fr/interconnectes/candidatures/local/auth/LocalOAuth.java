package fr.interconnectes.candidatures.local.auth;

import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The local stand-in for the managed login's OAuth 2.0 endpoints of the template's app client: the
 * authorization code flow with PKCE (S256 only, as the console uses it), one-time codes bound to the client, the
 * redirect URI and the code challenge, refresh tokens, and the logout redirect. What it accepts and refuses
 * follows Cognito: a redirect or logout URI must be one the app client lists; the token endpoint answers
 * {@code {"error": "invalid_grant"}} (400) for a wrong verifier, a code used twice or expired, or another
 * redirect URI. Codes and refresh tokens live in memory only, like the signing key.
 */
public final class LocalOAuth {

    /** Cognito's authorization codes are valid five minutes. */
    static final Duration CODE_VALIDITY = Duration.ofMinutes(5);
    /** RFC 7636: 43 to 128 characters of [A-Z a-z 0-9 - . _ ~]. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9\\-._~]{43,128}");
    /** base64url of a SHA-256 digest, without padding. */
    private static final Pattern S256_CHALLENGE = Pattern.compile("[A-Za-z0-9\\-_]{43}");
    private static final Duration COGNITO_DEFAULT_REFRESH_VALIDITY = Duration.ofDays(30);

    /** The app client as the template declares it. */
    public record Client(String clientId, List<String> callbackUrls, List<String> logoutUrls, Duration refreshValidity) {
        public Client {
            callbackUrls = List.copyOf(callbackUrls);
            logoutUrls = List.copyOf(logoutUrls);
        }
    }

    /** A validated authorization request ({@code GET /oauth2/authorize}). */
    public record AuthorizationRequest(String clientId, String redirectUri, String state, String codeChallenge,
                                       String scope) {
    }

    /** Why an authorization request is refused: the error code of RFC 6749 and whether it may go back to the client. */
    public record AuthorizationError(String error, String description, boolean redirectable) {
    }

    /** What the token endpoint answers: tokens, or an OAuth error ({@code invalid_grant}...). */
    public sealed interface TokenOutcome {
    }

    /** {@code refreshToken} is null on a refresh: Cognito does not rotate them. */
    public record Tokens(String idToken, String accessToken, String refreshToken, long expiresIn)
            implements TokenOutcome {
    }

    public record TokenError(String error, String description) implements TokenOutcome {
    }

    private record Grant(TokenRequest user, String clientId, String redirectUri, String codeChallenge, Instant expiresAt) {
    }

    private record Refresh(TokenRequest user, String clientId, Instant expiresAt) {
    }

    private final LocalCognito cognito;
    private final Client client;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();

    public LocalOAuth(LocalCognito cognito, Client client, Clock clock) {
        this.cognito = cognito;
        this.client = client;
        this.clock = clock;
    }

    /** The app client of the template whose id the local user pool issues tokens for: its URLs and refresh validity. */
    public static LocalOAuth forTemplate(LocalCognito cognito, SamTemplate template, LocalNames names, Clock clock) {
        return forTemplate(cognito, template, names, clock, null);
    }

    /**
     * The same, with the callback and logout URLs moved to {@code localWebOrigin} (when not null): on AWS they are on
     * the web distribution's origin, and a local run serves the pages from the local API itself.
     */
    public static LocalOAuth forTemplate(LocalCognito cognito, SamTemplate template, LocalNames names, Clock clock,
                                         String localWebOrigin) {
        for (String logicalId : template.resourcesOfType("AWS::Cognito::UserPoolClient")) {
            if (names.ref(logicalId).equals(cognito.clientId())) {
                Map<String, Object> properties = template.properties(logicalId);
                Map<String, Object> units = properties.get("TokenValidityUnits") instanceof Map<?, ?> map
                        ? SamTemplate.cast(map) : Map.of();
                Duration refresh = properties.get("RefreshTokenValidity") == null ? COGNITO_DEFAULT_REFRESH_VALIDITY
                        : LocalCognito.validity(properties.get("RefreshTokenValidity"),
                                units.getOrDefault("RefreshToken", "days"), names, COGNITO_DEFAULT_REFRESH_VALIDITY);
                return new LocalOAuth(cognito, new Client(cognito.clientId(),
                        urls(properties.get("CallbackURLs"), names, localWebOrigin),
                        urls(properties.get("LogoutURLs"), names, localWebOrigin), refresh), clock);
            }
        }
        throw new IllegalStateException("no AWS::Cognito::UserPoolClient named " + cognito.clientId() + " in the template");
    }

    private static List<String> urls(Object values, LocalNames names, String localWebOrigin) {
        return values instanceof List<?> list
                ? list.stream().map(names::resolve).map(url -> onOrigin(url, localWebOrigin)).toList()
                : List.of();
    }

    private static String onOrigin(String url, String origin) {
        if (origin == null) {
            return url;
        }
        URI uri = URI.create(url);
        return origin + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public Client client() {
        return client;
    }

    /**
     * Checks {@code GET /oauth2/authorize}'s parameters: the request to sign in for, or why not. An unknown client or
     * redirect URI is never redirected to (an error page instead); other errors may go back to the redirect URI.
     */
    public AuthorizationOutcome authorize(Map<String, String> parameters) {
        String clientId = parameters.get("client_id");
        String redirectUri = parameters.get("redirect_uri");
        if (!client.clientId().equals(clientId)) {
            return new AuthorizationOutcome(null, new AuthorizationError("invalid_client", "unknown client_id", false));
        }
        if (redirectUri == null || !client.callbackUrls().contains(redirectUri)) {
            return new AuthorizationOutcome(null,
                    new AuthorizationError("redirect_mismatch", "redirect_uri is not a callback URL of the client", false));
        }
        if (!"code".equals(parameters.get("response_type"))) {
            return new AuthorizationOutcome(null,
                    new AuthorizationError("unsupported_response_type", "response_type must be code", true));
        }
        String challenge = parameters.get("code_challenge");
        if (!"S256".equals(parameters.get("code_challenge_method")) || challenge == null
                || !S256_CHALLENGE.matcher(challenge).matches()) {
            return new AuthorizationOutcome(null, new AuthorizationError("invalid_request",
                    "code_challenge (S256, 43 base64url characters) and code_challenge_method=S256 are required", true));
        }
        return new AuthorizationOutcome(new AuthorizationRequest(clientId, redirectUri, parameters.get("state"),
                challenge, parameters.getOrDefault("scope", "openid")), null);
    }

    /** Exactly one of {@code request} and {@code error}. */
    public record AuthorizationOutcome(AuthorizationRequest request, AuthorizationError error) {
        public Optional<AuthorizationRequest> accepted() {
            return Optional.ofNullable(request);
        }
    }

    /** A one-time code for {@code user}, bound to the request's client, redirect URI and code challenge. */
    public String issueCode(AuthorizationRequest request, TokenRequest user) {
        String code = randomToken();
        codes.put(code, new Grant(user, request.clientId(), request.redirectUri(), request.codeChallenge(),
                clock.instant().plus(CODE_VALIDITY)));
        return code;
    }

    /** {@code POST /oauth2/token} with its form parameters. */
    public TokenOutcome token(Map<String, String> form) {
        if (!client.clientId().equals(form.get("client_id"))) {
            return new TokenError("invalid_client", "unknown client_id");
        }
        String grantType = form.get("grant_type");
        if ("authorization_code".equals(grantType)) {
            return exchangeCode(form);
        }
        if ("refresh_token".equals(grantType)) {
            return refresh(form.get("refresh_token"));
        }
        return new TokenError("unsupported_grant_type", "grant_type must be authorization_code or refresh_token");
    }

    private TokenOutcome exchangeCode(Map<String, String> form) {
        String code = form.get("code");
        // removed at first use, whatever follows: a code never serves twice, even after a wrong verifier
        Grant grant = code == null ? null : codes.remove(code);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            return new TokenError("invalid_grant", "unknown, used or expired code");
        }
        if (!grant.redirectUri().equals(form.get("redirect_uri"))) {
            return new TokenError("invalid_grant", "redirect_uri differs from the authorization request's");
        }
        String verifier = form.get("code_verifier");
        if (verifier == null || !VERIFIER.matcher(verifier).matches()
                || !MessageDigest.isEqual(s256(verifier).getBytes(StandardCharsets.US_ASCII),
                grant.codeChallenge().getBytes(StandardCharsets.US_ASCII))) {
            return new TokenError("invalid_grant", "code_verifier does not match the code_challenge");
        }
        String refreshToken = randomToken();
        refreshTokens.put(refreshToken, new Refresh(grant.user(), grant.clientId(),
                clock.instant().plus(client.refreshValidity())));
        return tokensFor(grant.user(), refreshToken);
    }

    private TokenOutcome refresh(String refreshToken) {
        Refresh refresh = refreshToken == null ? null : refreshTokens.get(refreshToken);
        if (refresh == null || !clock.instant().isBefore(refresh.expiresAt())) {
            if (refreshToken != null) {
                refreshTokens.remove(refreshToken);
            }
            return new TokenError("invalid_grant", "unknown or expired refresh token");
        }
        return tokensFor(refresh.user(), null);
    }

    /** Forgets a refresh token ({@code POST /oauth2/revoke}); true when it was known. */
    public boolean revoke(String refreshToken) {
        return refreshToken != null && refreshTokens.remove(refreshToken) != null;
    }

    /** Whether {@code GET /logout} may send the person to this address after signing out. */
    public boolean isLogoutUrl(String clientId, String logoutUri) {
        return client.clientId().equals(clientId) && logoutUri != null && client.logoutUrls().contains(logoutUri);
    }

    private Tokens tokensFor(TokenRequest user, String refreshToken) {
        LocalCognito.Token id = cognito.mint(as(user, TokenRequest.ID));
        LocalCognito.Token access = cognito.mint(as(user, TokenRequest.ACCESS));
        // the access token's validity, as Cognito states it (its exp is that many seconds after iat)
        return new Tokens(id.token(), access.token(), refreshToken, cognito.validity(TokenRequest.ACCESS).toSeconds());
    }

    private static TokenRequest as(TokenRequest user, String tokenUse) {
        return new TokenRequest(user.roles(), user.region(), user.sub(), user.email(), null, tokenUse);
    }

    /** The token endpoint's JSON answer, as Cognito's. */
    public static Map<String, Object> json(Tokens tokens) {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("id_token", tokens.idToken());
        answer.put("access_token", tokens.accessToken());
        if (tokens.refreshToken() != null) {
            answer.put("refresh_token", tokens.refreshToken());
        }
        answer.put("expires_in", tokens.expiresIn());
        answer.put("token_type", "Bearer");
        return answer;
    }

    /** base64url(SHA-256(ASCII(verifier))), as RFC 7636 S256. */
    public static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available in this JVM", e);
        }
    }

    private String randomToken() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
