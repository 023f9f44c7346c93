package fr.interconnectes.candidatures.local.runtime;

import fr.interconnectes.candidatures.http.StreamingJson;
import fr.interconnectes.candidatures.http.gateway.TableStreamEvent;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The local stand-in for the DynamoDB stream that template.yaml subscribes functions to: dynalite keeps none. After
 * each request that may write (any routed method but GET and HEAD), the items the subscription's filter lets through
 * are handed to the subscribed functions, in batches of the event source's {@code BatchSize}, before the answer
 * leaves; on AWS they leave within a second or so after it. Which items those are, each subscription's {@link Source}
 * says: what its event source's filter would let through, read from the table or from the writes recorded locally.
 */
public final class LocalTableStream implements AutoCloseable {

    private static final JsonLogger LOG = JsonLogger.of(LocalTableStream.class);
    private static final String STREAM_ARN = "arn:aws:dynamodb:local:000000000000:table/local/stream/local";

    /** The keys (string attributes) of the items a subscription's filter lets through now, and their new images. */
    public interface Source extends AutoCloseable {
        List<Item> items();

        /** Stops watching the table, if it does. */
        @Override
        default void close() {
        }
    }

    /** An item as its stream record carries it: the key, and the new image's other string attributes. */
    public record Item(Map<String, String> keys, Map<String, String> newImage) {
    }

    /**
     * A function of the template subscribed to the table's stream, with its event source's batch size and the filter
     * patterns of its {@code FilterCriteria} (none: every record).
     */
    public record Subscription(LocalFunction function, int batchSize, List<String> filterPatterns) {

        public Subscription {
            if (batchSize < 1) {
                throw new IllegalArgumentException("batch size " + batchSize);
            }
            filterPatterns = List.copyOf(filterPatterns);
        }

        public Subscription(LocalFunction function, int batchSize) {
            this(function, batchSize, List.of());
        }
    }

    public static final LocalTableStream NONE = new LocalTableStream(List.of(), (Source) List::of);

    private final List<Subscription> subscriptions;
    private final Function<Subscription, Source> sourceOfSubscription;
    private final AtomicLong sequence = new AtomicLong();

    /** One source for every subscription. */
    public LocalTableStream(List<Subscription> subscriptions, Source source) {
        this(subscriptions, (Function<Subscription, Source>) subscription -> source);
    }

    /** Each subscription's source; a subscription without one gets nothing. */
    public static LocalTableStream bySubscription(List<Subscription> subscriptions,
                                                  Function<Subscription, Source> sourceOfSubscription) {
        return new LocalTableStream(subscriptions, sourceOfSubscription);
    }

    private LocalTableStream(List<Subscription> subscriptions, Function<Subscription, Source> sourceOfSubscription) {
        this.subscriptions = List.copyOf(subscriptions);
        this.sourceOfSubscription = sourceOfSubscription;
    }

    /**
     * After a request of {@code method}: the items the stream would bring, to every subscription. One request's
     * delivery at a time (as a stream shard's batches reach a function one at a time): a request that finds its
     * dossier's mail claimed by another request's delivery waits until that delivery is over, so that its answer
     * never leaves before its mail.
     */
    public void afterRequest(String method) {
        if (subscriptions.isEmpty() || method.equals("GET") || method.equals("HEAD")) {
            return;
        }
        deliverAll();
    }

    private synchronized void deliverAll() {
        for (Subscription subscription : subscriptions) {
            Source source = sourceOfSubscription.apply(subscription);
            List<Item> items = source == null ? List.of() : source.items();
            for (int from = 0; from < items.size(); from += subscription.batchSize()) {
                deliver(subscription.function(), items.subList(from, Math.min(items.size(), from + subscription.batchSize())));
            }
        }
    }

    /** Every subscription's source stops watching. */
    @Override
    public void close() {
        subscriptions.forEach(subscription -> {
            Source source = sourceOfSubscription.apply(subscription);
            if (source != null) {
                source.close();
            }
        });
    }

    private void deliver(LocalFunction function, List<Item> batch) {
        List<TableStreamEvent.Change> changes = new ArrayList<>();
        List<Map<String, String>> images = new ArrayList<>();
        for (Item item : batch) {
            changes.add(new TableStreamEvent.Change(UUID.randomUUID().toString(), "MODIFY", item.keys(),
                    String.valueOf(sequence.incrementAndGet())));
            images.add(item.newImage());
        }
        byte[] event = new TableStreamEvent(changes).toJson(STREAM_ARN, images).getBytes(StandardCharsets.UTF_8);
        try {
            Object answer = StreamingJson.read(new String(function.invoke(event), StandardCharsets.UTF_8));
            if (answer instanceof Map<?, ?> map && map.get("batchItemFailures") instanceof List<?> failed
                    && !failed.isEmpty()) {
                // on AWS retried; here the next write, or the retry job, brings them again (still due)
                LOG.warn("stream records handed back", "function", function.logicalId(), "records", failed.size());
            }
        } catch (RuntimeException e) {
            LOG.warn("stream batch failed", "function", function.logicalId(), "errorType", e.getClass().getName());
        }
    }
}
