package fr.interconnectes.candidatures.applications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When the request was received: what decides whether it came in time. API Gateway stamps each request on
 * arrival ({@code requestContext.timeEpoch}); the function may run seconds later (a cold start), and a request
 * received at 23:59:59.999 on closing day is in time even if it runs at 00:00:02. The stamp is taken only when it
 * is plausible: not after the function's own clock (clocks a few milliseconds apart), nor further back than API
 * Gateway waits for a function ({@link #LONGEST_WAIT}); without it, the function's clock decides.
 *
 * @param gateway API Gateway's receipt time, when the request carries one
 */
public record ReceivedAt(Optional<Instant> gateway) {

    /** API Gateway's integration timeout: no request runs later than this after its receipt. */
    public static final Duration LONGEST_WAIT = Duration.ofSeconds(30);
    /** A request with no receipt time (not through API Gateway): the function's clock decides. */
    public static final ReceivedAt UNKNOWN = new ReceivedAt(Optional.empty());

    public ReceivedAt {
        gateway = gateway == null ? Optional.empty() : gateway;
    }

    public static ReceivedAt at(Instant gateway) {
        return new ReceivedAt(Optional.ofNullable(gateway));
    }

    /** The receipt time to decide with: API Gateway's stamp when plausible, else now. */
    public Instant instant(Clock clock) {
        Instant now = clock.instant();
        return gateway.filter(stamp -> !stamp.isAfter(now) && !stamp.isBefore(now.minus(LONGEST_WAIT))).orElse(now);
    }
}
