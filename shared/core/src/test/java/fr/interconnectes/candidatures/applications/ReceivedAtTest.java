package fr.interconnectes.candidatures.applications;

import static org.assertj.core.api.Assertions.assertThat;

import fr.interconnectes.candidatures.testing.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The receipt time that decides deadlines: API Gateway's stamp when it is plausible, the clock otherwise. */
class ReceivedAtTest {

    static final Instant NOW = Instant.parse("2027-10-10T22:00:02Z");
    final TestClock clock = new TestClock(NOW);

    @Test
    void api_gateways_stamp_decides_when_the_function_runs_a_little_later() {
        Instant stamp = Instant.parse("2027-10-10T21:59:59.999Z");
        assertThat(ReceivedAt.at(stamp).instant(clock)).isEqualTo(stamp);
    }

    @Test
    void without_a_stamp_the_clock_decides() {
        assertThat(ReceivedAt.UNKNOWN.instant(clock)).isEqualTo(NOW);
        assertThat(ReceivedAt.at(null).instant(clock)).isEqualTo(NOW);
    }

    @Test
    void a_stamp_after_the_clock_or_older_than_api_gateway_ever_waits_is_not_believed() {
        assertThat(ReceivedAt.at(NOW.plusSeconds(5)).instant(clock)).isEqualTo(NOW);
        assertThat(ReceivedAt.at(NOW.minus(ReceivedAt.LONGEST_WAIT).minusMillis(1)).instant(clock)).isEqualTo(NOW);
        assertThat(ReceivedAt.at(NOW.minus(ReceivedAt.LONGEST_WAIT)).instant(clock))
                .isEqualTo(NOW.minus(ReceivedAt.LONGEST_WAIT));
    }
}
