package fr.interconnectes.candidatures.dossiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.port.Candidacies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Contention: writers that collide wait a random, growing while before trying again, and give up late. */
class OptimisticWriteTest {

    private final List<Duration> pauses = new ArrayList<>();

    /** A record written by {@code others} other writers before this one gets its turn. */
    private String writeAfter(int others) {
        AtomicInteger collisions = new AtomicInteger();
        return OptimisticWrite.apply("v0", current -> current + "+mine", changed -> {
            if (collisions.getAndIncrement() < others) {
                throw new Candidacies.StaleRevision("c1");
            }
            return changed;
        }, () -> "v" + collisions.get(), pauses::add);
    }

    @Test
    void a_burst_of_fifteen_concurrent_writers_before_it_does_not_make_it_give_up() {
        assertThat(writeAfter(15)).isEqualTo("v15+mine");
        assertThat(pauses).as("one wait before each new attempt").hasSize(15);
    }

    @Test
    void each_wait_is_random_below_a_ceiling_that_doubles_up_to_its_cap() {
        writeAfter(15);
        for (int attempt = 1; attempt <= pauses.size(); attempt++) {
            long ceiling = Math.min(OptimisticWrite.LONGEST_WAIT.toMillis(),
                    OptimisticWrite.FIRST_WAIT.toMillis() << (attempt - 1));
            assertThat(pauses.get(attempt - 1)).isBetween(Duration.ZERO, Duration.ofMillis(ceiling));
        }
        Set<Duration> drawn = new HashSet<>();
        IntStream.range(0, 200).forEach(i -> drawn.add(OptimisticWrite.jitteredWait(6)));
        assertThat(drawn).as("jitter: concurrent writers do not all wake up together").hasSizeGreaterThan(20);
        assertThat(pauses.stream().mapToLong(Duration::toMillis).sum())
                .as("the waits stay far below the function's timeout").isLessThanOrEqualTo(5_000);
    }

    @Test
    void it_gives_up_with_concurrent_modification_only_after_all_its_attempts() {
        assertThatThrownBy(() -> writeAfter(OptimisticWrite.ATTEMPTS))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CONCURRENT_MODIFICATION));
        assertThat(pauses).hasSize(OptimisticWrite.ATTEMPTS - 1);
    }
}
