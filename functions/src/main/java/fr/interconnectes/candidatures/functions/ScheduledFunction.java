package fr.interconnectes.candidatures.functions;

import fr.interconnectes.candidatures.domain.Correlation;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.http.StreamingJson;
import fr.interconnectes.candidatures.http.gateway.ScheduledEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

/**
 * A function that a schedule of template.yaml invokes with an EventBridge "Scheduled Event": it runs one round of its
 * job and answers a summary of what it did (named counts), as JSON.
 */
public abstract non-sealed class ScheduledFunction extends LambdaFunction {

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        ScheduledEvent event = ScheduledEvent.read(input);
        // the invocation's id: the round's log lines, and the mails it records, name it
        StreamingJson.write(Correlation.call(context == null ? null : context.getAwsRequestId(),
                () -> run(event, context)), output);
    }

    /**
     * One round of the job; the summary's values are numbers, booleans or strings. {@code context} is the Lambda
     * context (its remaining time), null where there is none (a test, priming).
     */
    protected abstract Map<String, Object> run(ScheduledEvent event, Context context);

    /**
     * Before the SnapStart snapshot, a round like any other: while priming nothing can be written, so a round that
     * finds work fails on its first write and changes nothing; one that finds none has read what it reads.
     */
    @Override
    protected byte[] primingEvent() {
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        return new ScheduledEvent("snapstart-priming", "Scheduled Event", "aws.events", "000000000000", now,
                "eu-west-3", List.of()).toJson().getBytes(StandardCharsets.UTF_8);
    }
}
