package fr.interconnectes.candidatures.local.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The server clock of a local run, which every hosted function reads (on AWS it is the system clock).
 * {@code PUT /local/clock} moves it so people can demonstrate a deadline; time then runs on from there.
 */
public final class LocalClock extends Clock {

    private static final LocalClock SHARED = new LocalClock();

    private volatile Duration offset = Duration.ZERO;

    private LocalClock() {
    }

    public static LocalClock shared() {
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
