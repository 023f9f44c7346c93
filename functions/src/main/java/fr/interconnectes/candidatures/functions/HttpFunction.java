package fr.interconnectes.candidatures.functions;

import fr.interconnectes.candidatures.domain.Correlation;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.http.ApiRequest;
import fr.interconnectes.candidatures.http.ApiResponse;
import fr.interconnectes.candidatures.http.ErrorResponses;
import fr.interconnectes.candidatures.http.PathIds;
import fr.interconnectes.candidatures.http.gateway.HttpApiEvent;
import fr.interconnectes.candidatures.http.gateway.HttpApiResponse;
import fr.interconnectes.candidatures.logging.JsonLogger;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * What every HTTP handler shares: read the API Gateway HTTP API (payload 2.0) event into an {@link ApiRequest}, call
 * {@link #handle(ApiRequest)}, map any exception through {@link ErrorResponses}, the one place that does so, and write
 * the answer back in the payload's format.
 */
public abstract non-sealed class HttpFunction extends LambdaFunction {

    private static final JsonLogger LOG = JsonLogger.of(HttpFunction.class);

    /** What priming's path parameters name: no campaign, dossier or file has (or can be given) this id. */
    public static final String PRIMING_ID = "snapstart-priming";

    /** An answer at least this slow is logged even when it succeeds. */
    static final long SLOW_MILLIS = 1_000;

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        HttpApiEvent event = HttpApiEvent.read(input);
        HttpApiResponse.write(respond(event), output);
    }

    /**
     * Everything the request leads to is logged, and every mail it records kept, under API Gateway's request id. The
     * request itself is in the API's access log (template.yaml); the function adds a line of its own for a refusal,
     * a failure or an answer slower than {@link #SLOW_MILLIS}, with its name and its own time.
     */
    private ApiResponse respond(HttpApiEvent event) {
        ApiRequest request = event.toRequest();
        return Correlation.call(request.requestId(), () -> respond(event, request));
    }

    private ApiResponse respond(HttpApiEvent event, ApiRequest request) {
        long started = System.nanoTime();
        ApiResponse response;
        try {
            PathIds.requireValid(request);
            response = handle(request);
        } catch (RuntimeException e) {
            response = ErrorResponses.from(e, request.language(), request.requestId());
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (response.status() >= 400 || millis >= SLOW_MILLIS) {
            LOG.info("request handled",
                    "function", getClass().getSimpleName(),
                    "method", request.method(),
                    "route", event.routeKey(),
                    "status", response.status(),
                    "requestId", request.requestId(),
                    "millis", millis);
        }
        return response;
    }

    protected abstract ApiResponse handle(ApiRequest request);

    /**
     * Before the SnapStart snapshot: by default a GET whose path parameters name nothing ({@link #PRIMING_ID}), with an
     * applicant's token no dossier has and no body, so that the event binding, the error mapper, the answer and, on
     * most routes, a first read (not found) run once. A handler may send a fuller request ({@link #primingRequest})
     * that still changes nothing.
     */
    @Override
    protected byte[] primingEvent() {
        return primingRequest("GET", Map.of("authorization", "Bearer " + PRIMING_ID), null);
    }

    /**
     * A priming event: {@code method} on the route's path parameters naming nothing, with {@code headers} and
     * {@code body}, signed in as {@link #primingClaims()}.
     */
    protected final byte[] primingRequest(String method, Map<String, String> headers, String body) {
        return PrimingEvents.http(method, headers, body, primingClaims());
    }

    /** The JWT claims of the priming event: none on a public route. */
    protected Map<String, String> primingClaims() {
        return null;
    }
}
