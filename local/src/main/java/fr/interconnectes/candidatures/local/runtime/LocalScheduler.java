package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.logging.JsonLogger;
import java.time.Clock;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Runs the template's Schedule events on their expressions, as EventBridge would, and on demand. */
public final class LocalScheduler implements AutoCloseable {

    private static final JsonLogger LOG = JsonLogger.of(LocalScheduler.class);

    private final List<LocalSchedule> schedules;
    private final String region;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "local-scheduler");
        thread.setDaemon(true);
        return thread;
    });
    private final Clock clock = Clock.systemUTC();

    public LocalScheduler(List<LocalSchedule> schedules, String region) {
        this.schedules = schedules;
        this.region = region;
    }

    public void start() {
        schedules.stream().filter(LocalSchedule::enabled).forEach(this::planNext);
    }

    /** Fires every schedule of the function (by logical id) or of the event name, now. */
    public Optional<List<Map<String, Object>>> fire(String logicalIdOrEventName) {
        List<LocalSchedule> matching = schedules.stream()
                .filter(s -> s.functionLogicalId().equals(logicalIdOrEventName) || s.eventName().equals(logicalIdOrEventName))
                .toList();
        if (matching.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(matching.stream().map(schedule -> {
            Map<String, Object> outcome = new LinkedHashMap<>();
            outcome.put("function", schedule.functionLogicalId());
            outcome.put("event", schedule.eventName());
            outcome.put("result", new String(schedule.function().invoke(event(schedule)), StandardCharsets.UTF_8));
            return outcome;
        }).toList());
    }

    public List<LocalSchedule> schedules() {
        return schedules;
    }

    private void planNext(LocalSchedule schedule) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        schedule.expression().nextAfter(now).ifPresent(next -> {
            long delay = Math.max(0, Duration.between(now, next).toMillis());
            executor.schedule(() -> {
                try {
                    schedule.function().invoke(event(schedule));
                } catch (RuntimeException e) {
                    LOG.error("scheduled invocation failed", e, "function", schedule.functionLogicalId());
                } finally {
                    planNext(schedule);
                }
            }, delay, TimeUnit.MILLISECONDS);
        });
    }

    /** The EventBridge "Scheduled Event" a rule sends to its target. */
    private byte[] event(LocalSchedule schedule) {
        return new ScheduledEvent(UUID.randomUUID().toString(), "Scheduled Event", "aws.events", "000000000000",
                java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), region,
                List.of("arn:aws:events:" + region + ":000000000000:rule/" + schedule.functionLogicalId()
                        + schedule.eventName()))
                .toJson().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
