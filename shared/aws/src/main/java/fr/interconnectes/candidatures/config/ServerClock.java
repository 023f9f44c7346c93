package fr.interconnectes.candidatures.config;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The server's clock, which alone decides deadlines. On AWS it is the system clock. The local runner can
 * move it ({@code PUT /local/clock}) so people can demonstrate a deadline; time then runs on from there.
 */
public final class ServerClock extends Clock {

    private static final ServerClock SHARED = new ServerClock();

    private volatile Duration offset = Duration.ZERO;

    private ServerClock() {
    }

    public static ServerClock shared() {
        return SHARED;
    }

    /** Makes {@link #instant()} return {@code now} at this moment, time running on from it. */
    public void travelTo(Instant now) {
        offset = Duration.between(Instant.now(), now);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    public boolean isAdjusted() {
        return !offset.isZero();
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }
}
