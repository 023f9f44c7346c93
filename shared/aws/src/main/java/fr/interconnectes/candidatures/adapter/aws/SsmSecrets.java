package fr.interconnectes.candidatures.adapter.aws;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * Secrets kept in SSM Parameter Store as SecureStrings, read (decrypted) once per container: a Lambda container
 * serves many requests, and the secret does not change under it (rotating it means deploying again).
 */
public final class SsmSecrets {

    private static final Map<String, String> READ = new ConcurrentHashMap<>();

    private final Supplier<SsmClient> client;

    public SsmSecrets(Supplier<SsmClient> client) {
        this.client = client;
    }

    /** The decrypted value of the parameter, from SSM the first time in this container. */
    public String secureString(String parameterName) {
        return READ.computeIfAbsent(parameterName, name -> AwsServiceErrors.call("SSM",
                () -> client.get().getParameter(r -> r.name(name).withDecryption(true)).parameter().value()));
    }
}
