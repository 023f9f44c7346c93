package fr.interconnectes.candidatures.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/** After a SnapStart restore the clients' credentials come from a provider built anew, not from the snapshot's. */
class RenewableCredentialsTest {

    @Test
    void a_restore_builds_a_new_provider_and_the_clients_get_its_credentials() {
        AtomicInteger built = new AtomicInteger();
        RenewableCredentials credentials = new RenewableCredentials(() -> StaticCredentialsProvider.create(
                AwsBasicCredentials.create("key-" + built.incrementAndGet(), "secret")));
        var snapshotted = credentials.current();
        assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("key-1");

        credentials.afterRestore(null);

        assertThat(credentials.current()).isNotSameAs(snapshotted);
        assertThat(credentials.resolveCredentials().accessKeyId()).isEqualTo("key-2");
    }
}
