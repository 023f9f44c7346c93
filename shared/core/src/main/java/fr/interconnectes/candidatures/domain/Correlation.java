package fr.interconnectes.candidatures.domain;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The id of the request (API Gateway's request id, or the Lambda invocation's) that the current work serves, so that
 * every log line it writes names it, and a mail it records names it too: the outbox job, sending that mail later, logs
 * it again under the same id. Bound for the length of a call ({@link ScopedValue}), never stored in a field.
 */
public final class Correlation {

    private static final ScopedValue<String> REQUEST_ID = ScopedValue.newInstance();

    private Correlation() {
    }

    /** The id bound around the current call, if any. */
    public static Optional<String> requestId() {
        return REQUEST_ID.isBound() ? Optional.of(REQUEST_ID.get()) : Optional.empty();
    }

    /** Runs {@code work} with {@code requestId} as the current id; with none (null or blank), as it is. */
    public static <T> T call(String requestId, Supplier<T> work) {
        if (requestId == null || requestId.isBlank()) {
            return work.get();
        }
        return ScopedValue.where(REQUEST_ID, requestId).call(work::get);
    }
}
