package fr.interconnectes.candidatures.local.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import fr.interconnectes.candidatures.domain.access.Role;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The local stand-in for the template's Cognito user pool: it issues tokens shaped like Cognito's, signed
 * RS256 with a key pair drawn at start and kept in memory only (every run invalidates the previous run's
 * tokens). Issuer and client id are those the template's JWT authorizer expects, resolved for the local
 * run, so a local token passes the same checks a Cognito token passes on AWS.
 */
public final class LocalCognito {

    /** A minted token: the compact JWT, when it expires, and its claims as signed. */
    public record Token(String token, Instant expiresAt, Map<String, Object> claims) {
    }

    private static final Duration COGNITO_DEFAULT_VALIDITY = Duration.ofHours(1);

    private final String issuer;
    private final String clientId;
    private final Duration accessTokenValidity;
    private final Duration idTokenValidity;
    private final Clock clock;
    private final String keyId;
    private final RSAPublicKey publicKey;
    private final RSAPrivateKey privateKey;

    public LocalCognito(String issuer, String clientId, Duration accessTokenValidity, Duration idTokenValidity,
                        Clock clock) {
        this.issuer = issuer;
        this.clientId = clientId;
        this.accessTokenValidity = accessTokenValidity;
        this.idTokenValidity = idTokenValidity;
        this.clock = clock;
        KeyPair pair = generateKeyPair();
        this.publicKey = (RSAPublicKey) pair.getPublic();
        this.privateKey = (RSAPrivateKey) pair.getPrivate();
        this.keyId = "local-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * For the given authorizer of the template: its issuer, its first audience as the client id, and the
     * token validity of the {@code AWS::Cognito::UserPoolClient} that audience names (Cognito's default of
     * one hour when it names none).
     */
    public static LocalCognito forAuthorizer(JwtAuthorizerConfig authorizer, SamTemplate template, LocalNames names,
                                             Clock clock) {
        if (authorizer.audiences().isEmpty()) {
            throw new IllegalStateException("JWT authorizer " + authorizer.name() + " has no audience");
        }
        String clientId = authorizer.audiences().get(0);
        Duration access = COGNITO_DEFAULT_VALIDITY;
        Duration id = COGNITO_DEFAULT_VALIDITY;
        for (String client : template.resourcesOfType("AWS::Cognito::UserPoolClient")) {
            if (names.ref(client).equals(clientId)) {
                Map<String, Object> properties = template.properties(client);
                Map<String, Object> units = properties.get("TokenValidityUnits") instanceof Map<?, ?> map
                        ? SamTemplate.cast(map) : Map.of();
                access = validity(properties.get("AccessTokenValidity"), units.get("AccessToken"), names, access);
                id = validity(properties.get("IdTokenValidity"), units.get("IdToken"), names, id);
            }
        }
        return new LocalCognito(authorizer.issuer(), clientId, access, id, clock);
    }

    /** {@code AccessTokenValidity: 1} with {@code TokenValidityUnits.AccessToken: hours} (hours by default). */
    static Duration validity(Object amount, Object unit, LocalNames names, Duration otherwise) {
        if (amount == null) {
            return otherwise;
        }
        long value = Long.parseLong(names.resolve(amount));
        String units = unit == null ? "hours" : names.resolve(unit).toLowerCase(Locale.ROOT);
        return switch (units) {
            case "seconds" -> Duration.ofSeconds(value);
            case "minutes" -> Duration.ofMinutes(value);
            case "hours" -> Duration.ofHours(value);
            case "days" -> Duration.ofDays(value);
            default -> throw new IllegalStateException("Unknown token validity unit " + units);
        };
    }

    public String issuer() {
        return issuer;
    }

    public String clientId() {
        return clientId;
    }

    public String keyId() {
        return keyId;
    }

    /** The issuer's key set, as API Gateway would read it from its {@code jwks_uri}: key id to key. */
    public Map<String, RSAPublicKey> keys() {
        return Map.of(keyId, publicKey);
    }

    public Duration validity(String tokenUse) {
        return TokenRequest.ID.equals(tokenUse) ? idTokenValidity : accessTokenValidity;
    }

    /**
     * A token as Cognito would issue it to this user, plus {@code email} and {@code custom:region} in the
     * access token too (Cognito puts those in the ID token only, unless a pre token generation trigger
     * adds them).
     */
    public Token mint(TokenRequest request) {
        Instant now = clock.instant();
        Duration ttl = request.ttl() == null ? validity(request.tokenUse()) : request.ttl();
        Instant expires = now.plus(ttl);
        long issuedAt = now.getEpochSecond();
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", request.sub());
        claims.put("cognito:groups", EnumSet.copyOf(request.roles()).stream().map(Role::group).toList());
        claims.put("iss", issuer);
        boolean id = TokenRequest.ID.equals(request.tokenUse());
        if (id) {
            claims.put("cognito:username", request.sub());
            claims.put("aud", clientId);
            claims.put("email_verified", true);
        } else {
            claims.put("client_id", clientId);
            claims.put("scope", "aws.cognito.signin.user.admin");
            claims.put("username", request.sub());
        }
        claims.put("origin_jti", UUID.randomUUID().toString());
        claims.put("event_id", UUID.randomUUID().toString());
        claims.put("token_use", request.tokenUse());
        claims.put("auth_time", issuedAt);
        claims.put("exp", expires.getEpochSecond());
        claims.put("iat", issuedAt);
        claims.put("jti", UUID.randomUUID().toString());
        claims.put("email", request.email());
        if (request.region() != null) {
            claims.put("custom:region", request.region());
        }
        return new Token(sign(Map.of(), claims), Instant.ofEpochSecond(expires.getEpochSecond()), claims);
    }

    /**
     * Any claims signed with this run's key, under its key id unless {@code header} says otherwise: for tests
     * that need a token the authorizer must refuse for a reason other than its signature.
     */
    public String sign(Map<String, Object> header, Map<String, Object> claims) {
        Map<String, Object> fullHeader = new LinkedHashMap<>();
        fullHeader.put("kid", keyId);
        fullHeader.putAll(header);
        return JWT.create().withHeader(fullHeader).withPayload(claims).sign(Algorithm.RSA256(publicKey, privateKey));
    }

    /** The public key as a JSON Web Key Set, as Cognito publishes it at {@code <issuer>/.well-known/jwks.json}. */
    public Map<String, Object> jwks() {
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("alg", JwtAuthorizer.ALGORITHM);
        key.put("e", base64Url(publicKey.getPublicExponent()));
        key.put("kid", keyId);
        key.put("kty", "RSA");
        key.put("n", base64Url(publicKey.getModulus()));
        key.put("use", "sig");
        return Map.of("keys", List.of(key));
    }

    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = java.util.Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA is not available in this JVM", e);
        }
    }
}
