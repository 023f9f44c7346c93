package fr.interconnectes.candidatures.local.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.config.FunctionRuntime;
import fr.interconnectes.candidatures.config.AwsAdapters;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The local runner's runtime: each hosted function its own environment, all of them the movable clock. */
class LocalRuntimeTest {

    private static final Map<String, String> SUBMIT = Map.of("AWS_REGION", "eu-west-3", "TABLE_NAME", "submit-table");
    private static final Map<String, String> CLOSE = Map.of("AWS_REGION", "eu-west-3", "TABLE_NAME", "close-table");

    @AfterEach
    void realTime() {
        LocalClock.shared().reset();
    }

    @Test
    void theLocalRunnerRegistersItsRuntime() {
        assertThat(FunctionRuntime.current()).isInstanceOf(LocalRuntime.class);
    }

    @Test
    void wiringSeesTheEnvironmentOfTheFunctionRunningOnThisThread() {
        assertThat(LocalRuntime.runWith(SUBMIT, () -> AwsAdapters.fromEnvironment().environment().required("TABLE_NAME")))
                .isEqualTo("submit-table");
        assertThat(LocalRuntime.runWith(CLOSE, () -> Environment.current().required("TABLE_NAME")))
                .isEqualTo("close-table");
    }

    @Test
    void afterAFunctionRanItsThreadSeesTheProcessEnvironmentAgain() {
        LocalRuntime.runWith(SUBMIT, () -> LocalRuntime.runWith(CLOSE, () -> "nested"));

        assertThat(FunctionRuntime.current().environment()).isEqualTo(System.getenv());
    }

    @Test
    void aFunctionCalledFromAnotherFunctionGivesTheCallerItsEnvironmentBack() {
        Optional<String> table = LocalRuntime.runWith(SUBMIT, () -> {
            LocalRuntime.runWith(CLOSE, () -> "the other function");
            return Environment.current().optional("TABLE_NAME");
        });

        assertThat(table).contains("submit-table");
    }

    @Test
    void anotherThreadSuchAsTheSchedulerDoesNotSeeTheFunctionRunningHere() throws Exception {
        var scheduler = Executors.newSingleThreadExecutor();
        try {
            Optional<String> seenByTheScheduler = LocalRuntime.runWith(SUBMIT, () ->
                    CompletableFuture.supplyAsync(() -> Environment.current().optional("TABLE_NAME"), scheduler).join());

            assertThat(seenByTheScheduler).isEqualTo(Environment.of(System.getenv()).optional("TABLE_NAME"));
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void everyFunctionReadsTheClockThatLocalClockMoves() {
        var clock = LocalRuntime.runWith(SUBMIT, () -> AwsAdapters.fromEnvironment().clock());
        Instant target = Instant.parse("2019-10-10T21:59:59.999Z");

        LocalClock.shared().travelTo(target);

        assertThat(clock).isSameAs(LocalClock.shared());
        assertThat(clock.instant()).isBetween(target, target.plus(Duration.ofSeconds(5)));
    }
}
