package fr.interconnectes.candidatures.domain.candidacy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The applicant's access tokens. A token is derived from a random nonce with a server secret, so a
 * retried request (same Idempotency-Key) can be answered with the same token without the token itself
 * ever being stored: dossiers keep only its SHA-256.
 */
public final class AccessTokens {

    /** Replaced after a SnapStart restore: containers restored from one snapshot must not share a generator. */
    private static volatile SecureRandom random = new SecureRandom();

    private final byte[] secret;

    public AccessTokens(String secret) {
        if (secret == null || secret.length() < 16) {
            throw new IllegalArgumentException("the access-token secret must have at least 16 characters");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public static String newNonce() {
        return randomId(24);
    }

    public String token(String candidacyId, String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            byte[] digest = mac.doFinal((candidacyId + ":" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String hash(String token) {
        return HexFormat.of().formatHex(sha256(token.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares in constant time so response times reveal nothing about stored hashes. */
    public static boolean matches(String presentedToken, List<String> storedHashes) {
        if (presentedToken == null || presentedToken.isBlank() || presentedToken.length() > 200) {
            return false;
        }
        byte[] presented = hash(presentedToken).getBytes(StandardCharsets.US_ASCII);
        boolean found = false;
        for (String stored : storedHashes) {
            found |= MessageDigest.isEqual(presented, stored.getBytes(StandardCharsets.US_ASCII));
        }
        return found;
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A new generator for the nonces, tokens and random ids, seeded afresh: what a function does after a SnapStart
     * restore, since every container restored from one snapshot would otherwise continue the same generator state.
     */
    public static void renewRandomness() {
        random = new SecureRandom();
    }

    /** The generator in use (for the test of its renewal). */
    public static SecureRandom generator() {
        return random;
    }

    /** A random identifier of {@code bytes} random bytes, URL-safe. */
    public static String randomId(int bytes) {
        byte[] drawn = new byte[bytes];
        random.nextBytes(drawn);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(drawn);
    }

    /**
     * A random identifier that names a resource in a path: a letter, then {@code bytes} random bytes in letters and
     * digits only, so that it always passes the API's path id rule (which refuses a leading '-' or '_').
     */
    public static String resourceId(char prefix, int bytes) {
        return prefix + randomId(bytes).replace('-', 'x').replace('_', 'z');
    }
}
