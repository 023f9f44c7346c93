package fr.interconnectes.candidatures.local.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.algorithms.Algorithm;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;

/** An RSA key the user pool never had: the tokens a forger signs, whatever key id they claim. */
public final class ForeignKey {

    private final Algorithm algorithm;

    private ForeignKey(KeyPair keys) {
        this.algorithm = Algorithm.RSA256((RSAPublicKey) keys.getPublic(), (RSAPrivateKey) keys.getPrivate());
    }

    public static ForeignKey generate() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return new ForeignKey(generator.generateKeyPair());
    }

    /** Signed with this key, under the key id {@code keyId}. */
    public String sign(String keyId, Map<String, ?> claims) {
        return JWT.create().withKeyId(keyId).withPayload(claims).sign(algorithm);
    }

    /** Signed with this key, with no key id at all. */
    public String signWithoutKeyId(Map<String, ?> claims) {
        return JWT.create().withPayload(claims).sign(algorithm);
    }
}
