package fr.interconnectes.candidatures.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** As deployed, no runtime is registered: a function reads the process environment and real time. */
class FunctionRuntimeTest {

    @Test
    void withoutARegisteredRuntimeAFunctionReadsTheProcessEnvironment() {
        assertThat(FunctionRuntime.current().environment()).isEqualTo(System.getenv());
    }

    @Test
    void withoutARegisteredRuntimeDeadlinesAreDecidedInRealTimeUtc() {
        Clock clock = FunctionRuntime.current().clock();
        Instant before = Instant.now();
        Instant now = clock.instant();

        assertThat(now).isBetween(before, Instant.now().plus(Duration.ofMillis(1)));
        assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
    }

    @Test
    void theRuntimeIsLookedUpOncePerContainer() {
        assertThat(FunctionRuntime.current()).isSameAs(FunctionRuntime.current());
    }
}
