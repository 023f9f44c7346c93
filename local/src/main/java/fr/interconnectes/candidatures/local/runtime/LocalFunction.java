package fr.interconnectes.candidatures.local.runtime;

import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import fr.interconnectes.candidatures.local.emulator.LocalTableWrites;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One function of template.yaml hosted in this JVM: its handler instance (created once, like a warm
 * Lambda container) and the environment it sees, exactly the template's plus the emulator endpoints.
 */
public final class LocalFunction {

    private final String logicalId;
    private final String handlerClass;
    private final Map<String, String> environment;
    private final int memoryMb;
    private final int timeoutSeconds;
    private volatile RequestStreamHandler handler;
    private final AtomicLong invocations = new AtomicLong();

    LocalFunction(String logicalId, String handlerClass, Map<String, String> environment, int memoryMb,
                  int timeoutSeconds) {
        this.logicalId = logicalId;
        this.handlerClass = handlerClass;
        this.environment = Map.copyOf(environment);
        this.memoryMb = memoryMb;
        this.timeoutSeconds = timeoutSeconds;
    }

    public String logicalId() {
        return logicalId;
    }

    public String handlerClass() {
        return handlerClass;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** Creates the handler with its no-arg constructor, as the Lambda runtime does on a cold start. */
    public void coldStart() {
        if (handler != null) {
            return;
        }
        synchronized (this) {
            if (handler == null) {
                handler = LocalRuntime.runWith(environment, () -> {
                    try {
                        return (RequestStreamHandler) Class.forName(handlerClass)
                                .getConstructor().newInstance();
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException("Cannot create handler " + handlerClass
                                + " of " + logicalId, e);
                    }
                });
            }
        }
    }

    /** How many times it was invoked since the start (the count of a Lambda function's Invocations metric). */
    public long invocations() {
        return invocations.get();
    }

    /**
     * Invokes the handler as the Lambda runtime does: the event's JSON in, the bytes it writes out. Its writes reach
     * the local stand-in of the table's stream.
     */
    public byte[] invoke(byte[] event) {
        invocations.incrementAndGet();
        coldStart();
        var context = new LocalContext(UUID.randomUUID().toString(), logicalId, memoryMb,
                System.currentTimeMillis() + timeoutSeconds * 1000L);
        return LocalRuntime.runWith(environment, () -> LocalTableWrites.byFunction(() -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try {
                handler.handleRequest(new ByteArrayInputStream(event), out, context);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }));
    }
}
