package fr.interconnectes.candidatures.functions;

import fr.interconnectes.candidatures.domain.Correlation;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.http.StreamingJson;
import fr.interconnectes.candidatures.http.gateway.SnsEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A function that an SNS subscription of template.yaml invokes with the topic's notifications: it handles them and
 * answers a summary of what it did (named counts), as JSON. A failure is thrown, so that Lambda retries the event.
 */
public abstract non-sealed class SnsFunction extends LambdaFunction {

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        SnsEvent event = SnsEvent.read(input);
        StreamingJson.write(Correlation.call(context == null ? null : context.getAwsRequestId(),
                () -> handle(event, context)), output);
    }

    /** The event's notifications handled; the summary's values are numbers, booleans or strings. */
    protected abstract Map<String, Object> handle(SnsEvent event, Context context);

    /**
     * Before the SnapStart snapshot, a notification whose message is no event of the topic: it is read and passed
     * over, and nothing is written.
     */
    @Override
    protected byte[] primingEvent() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return new SnsEvent(List.of(new SnsEvent.Notification("snapstart-priming",
                "arn:aws:sns:eu-west-3:000000000000:priming", now, "{}"))).toJson().getBytes(StandardCharsets.UTF_8);
    }
}
