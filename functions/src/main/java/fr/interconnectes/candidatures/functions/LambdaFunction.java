package fr.interconnectes.candidatures.functions;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import fr.interconnectes.candidatures.config.Priming;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import fr.interconnectes.candidatures.config.SnapStart;
import org.crac.Resource;

/**
 * What every function of template.yaml is to the Lambda runtime.
 *
 * <p>A {@link RequestStreamHandler}: the handler reads its event and writes its answer with the project's own
 * binding (http.gateway), so the runtime's event serializer (its own copy of Jackson) never loads.
 *
 * <p>A SnapStart {@link Resource}, registered when the runtime creates the handler: before the snapshot, an invented
 * campaign and dossier are mapped to their items and back in memory, and {@link #primingEvent()} goes once through
 * {@link #handleRequest}, the real path, as {@link Priming}, which lets only reads out (no item written, no mail
 * sent); after a restore, what must differ from one container to the next is
 * drawn again (the random generator of tokens and ids; the AWS credentials renew themselves).
 */
public abstract sealed class LambdaFunction implements RequestStreamHandler, Resource
        permits HttpFunction, ScheduledFunction, SnsFunction, TableStreamFunction {

    private static final JsonLogger LOG = JsonLogger.of(LambdaFunction.class);

    protected LambdaFunction() {
        SnapStart.register(this);
    }

    /** The event priming sends through the handler; it must change nothing whatever the data (see subclasses). */
    protected abstract byte[] primingEvent();

    /** Priming is a warm-up: a failure of it (a job round refused its first write) is logged, never thrown. */
    @Override
    public final void beforeCheckpoint(org.crac.Context<? extends Resource> context) {
        try {
            Priming.run(() -> {
                Priming.mapStoredSamples();
                invoke(primingEvent());
            });
        } catch (RuntimeException e) {
            LOG.warn("priming stopped", "function", getClass().getSimpleName(), "errorType", e.getClass().getName());
        }
    }

    @Override
    public final void afterRestore(org.crac.Context<? extends Resource> context) {
        AccessTokens.renewRandomness();
    }

    /** One invocation in memory: the event's bytes in, the answer's bytes out. */
    final byte[] invoke(byte[] event) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            handleRequest(new ByteArrayInputStream(event), out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public abstract void handleRequest(InputStream input, OutputStream output, Context context) throws IOException;
}
