package fr.interconnectes.candidatures.local.auth;

import fr.interconnectes.candidatures.local.runtime.LocalApiServer;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The JWT authorizers of the template, by name, each trusting the keys of the local user pool. A route
 * naming an authorizer that is not among them (a Lambda authorizer, AWS_IAM) is refused: it is not
 * emulated.
 */
public final class JwtAuthorizers implements LocalApiServer.JwtVerifier {

    private static final JsonLogger LOG = JsonLogger.of(JwtAuthorizers.class);

    private final Map<String, JwtAuthorizer> authorizers;

    public JwtAuthorizers(Map<String, JwtAuthorizerConfig> configs, Map<String, RSAPublicKey> keys, Clock clock,
                          Duration leeway) {
        Map<String, JwtAuthorizer> byName = new LinkedHashMap<>();
        configs.forEach((name, config) -> byName.put(name, new JwtAuthorizer(config, keys, clock, leeway)));
        this.authorizers = byName;
    }

    public Optional<JwtAuthorizer> authorizer(String name) {
        return Optional.ofNullable(authorizers.get(name));
    }

    @Override
    public Optional<Map<String, String>> verify(String authorizer, Map<String, String> headers,
                                                List<String> requiredScopes) {
        JwtAuthorizer jwt = authorizers.get(authorizer);
        if (jwt == null) {
            LOG.warn("route refused: its authorizer is not a JWT authorizer of template.yaml", "authorizer", authorizer);
            return Optional.empty();
        }
        JwtAuthorizer.Decision decision = jwt.verify(headers, requiredScopes);
        if (!decision.allowed()) {
            // API Gateway tells the caller nothing more than 401; the local log says why
            LOG.info("token refused", "authorizer", authorizer, "reason", decision.refusal());
        }
        return decision.claims();
    }
}
