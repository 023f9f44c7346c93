package fr.interconnectes.candidatures.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What lets a function skip building its S3 or SES client until it first needs it. */
class LazyTest {

    @Test
    void nothing_is_built_before_the_first_use_and_once_only_after() {
        AtomicInteger builds = new AtomicInteger();
        Lazy<String> client = Lazy.of(() -> "client-" + builds.incrementAndGet());

        assertThat(client.isBuilt()).isFalse();
        assertThat(builds).hasValue(0);
        assertThat(client.get()).isEqualTo("client-1");
        assertThat(client.get()).isEqualTo("client-1");
        assertThat(client.isBuilt()).isTrue();
        assertThat(builds).hasValue(1);
    }

    @Test
    void a_build_that_fails_is_tried_again_on_the_next_use() {
        AtomicInteger builds = new AtomicInteger();
        Lazy<String> client = Lazy.of(() -> {
            if (builds.incrementAndGet() == 1) {
                throw new IllegalStateException("endpoint not reachable");
            }
            return "client";
        });

        assertThatThrownBy(client::get).isInstanceOf(IllegalStateException.class);
        assertThat(client.isBuilt()).isFalse();
        assertThat(client.get()).isEqualTo("client");
        assertThat(builds).hasValue(2);
    }
}
