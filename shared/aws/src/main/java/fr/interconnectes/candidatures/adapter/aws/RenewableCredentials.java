package fr.interconnectes.candidatures.adapter.aws;

import java.util.function.Supplier;
import org.crac.Context;
import fr.interconnectes.candidatures.config.SnapStart;
import org.crac.Resource;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The credentials of every client of the function, from a provider built anew after a SnapStart restore: the one
 * in the snapshot may cache the credentials fetched while priming, which belong to the container that took it.
 */
final class RenewableCredentials implements AwsCredentialsProvider, Resource {

    private final Supplier<AwsCredentialsProvider> build;
    private volatile AwsCredentialsProvider current;

    RenewableCredentials(Supplier<AwsCredentialsProvider> build) {
        this.build = build;
        this.current = build.get();
        SnapStart.register(this);
    }

    @Override
    public AwsCredentials resolveCredentials() {
        return current.resolveCredentials();
    }

    /** The provider now in use (for the test of the renewal). */
    AwsCredentialsProvider current() {
        return current;
    }

    @Override
    public void beforeCheckpoint(Context<? extends Resource> context) {
    }

    @Override
    public void afterRestore(Context<? extends Resource> context) {
        AwsCredentialsProvider previous = current;
        current = build.get();
        if (previous instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
