package fr.interconnectes.candidatures.local.emulator;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * The keys of the items written to a watched local table, as its stream would carry them: dynalite keeps no stream.
 * Every SDK client of the local runner's JVM has this interceptor (the SDK's global interceptors, listed in
 * {@code software/amazon/awssdk/global/handlers/execution.interceptors}, on the local module's class path only): a
 * PutItem or UpdateItem that succeeded on a table someone {@link #watch}es is recorded for that watcher, when a
 * hosted function made it ({@link #byFunction}). What a test, a tool or the demo seed writes beside the functions is
 * not: those writers count their own dossiers as they write them, and handing a seed of thousands of dossiers to the
 * stream's function before the next request's answer would hold that request for as long.
 */
public final class LocalTableWrites implements ExecutionInterceptor {

    /** Each watched table's watchers: every one sees every write, as every consumer of a stream reads all of it. */
    private static final Map<String, List<Queue<Map<String, String>>>> WATCHED = new ConcurrentHashMap<>();

    /** Set while a hosted function runs; inherited by the threads it starts (its virtual threads, say). */
    private static final InheritableThreadLocal<Boolean> BY_FUNCTION = new InheritableThreadLocal<>();

    /** Runs {@code invocation}, a hosted function's, whose writes to watched tables are recorded. */
    public static <T> T byFunction(Supplier<T> invocation) {
        Boolean outer = BY_FUNCTION.get();
        BY_FUNCTION.set(Boolean.TRUE);
        try {
            return invocation.get();
        } finally {
            if (outer == null) {
                BY_FUNCTION.remove();
            } else {
                BY_FUNCTION.set(outer);
            }
        }
    }

    /** The writes to {@code table} on the DynamoDB emulator at {@code endpoint}, from now on. */
    public static Watch watch(String endpoint, String table) {
        URI emulator = URI.create(endpoint);
        String name = name(emulator.getHost(), emulator.getPort(), table);
        Queue<Map<String, String>> written = new ConcurrentLinkedQueue<>();
        WATCHED.computeIfAbsent(name, n -> new CopyOnWriteArrayList<>()).add(written);
        return new Watch(name, written);
    }

    /** What was written to a watched table; {@link #drain} takes it. */
    public record Watch(String name, Queue<Map<String, String>> written) implements AutoCloseable {

        /** The keys (string attributes) of the items written since the last drain, in the order written. */
        public List<Map<String, String>> drain() {
            List<Map<String, String>> keys = new ArrayList<>();
            for (Map<String, String> key = written.poll(); key != null; key = written.poll()) {
                keys.add(key);
            }
            return keys;
        }

        @Override
        public void close() {
            WATCHED.computeIfPresent(name, (n, watchers) -> {
                watchers.remove(written);
                return watchers.isEmpty() ? null : watchers;
            });
        }
    }

    @Override
    public void afterExecution(Context.AfterExecution context, ExecutionAttributes executionAttributes) {
        if (WATCHED.isEmpty() || BY_FUNCTION.get() == null || context.httpResponse().statusCode() != 200) {
            return;
        }
        String table;
        Map<String, AttributeValue> key;
        if (context.request() instanceof PutItemRequest put) {
            table = put.tableName();
            key = put.item();
        } else if (context.request() instanceof UpdateItemRequest update) {
            table = update.tableName();
            key = update.key();
        } else {
            return;
        }
        List<Queue<Map<String, String>>> watchers = WATCHED.get(name(context.httpRequest().host(),
                context.httpRequest().port(), table));
        if (watchers != null && key.get("PK") != null && key.get("SK") != null) {
            Map<String, String> keys = Map.of("PK", key.get("PK").s(), "SK", key.get("SK").s());
            watchers.forEach(written -> written.add(keys));
        }
    }

    private static String name(String host, int port, String table) {
        String local = host.equals("localhost") ? "127.0.0.1" : host;
        return local + ":" + port + "/" + table;
    }
}
