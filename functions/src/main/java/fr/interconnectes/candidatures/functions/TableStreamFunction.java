package fr.interconnectes.candidatures.functions;

import fr.interconnectes.candidatures.domain.Correlation;
import com.amazonaws.services.lambda.runtime.Context;
import fr.interconnectes.candidatures.http.StreamingJson;
import fr.interconnectes.candidatures.http.gateway.TableStreamEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * A function that a DynamoDB stream event source of template.yaml invokes with a batch of the table's changes. It
 * answers the event source's partial batch response: the records it could not handle, which Lambda hands over again
 * (the source's {@code FunctionResponseTypes: ReportBatchItemFailures}); an empty list lets the batch go.
 */
public abstract non-sealed class TableStreamFunction extends LambdaFunction {

    @Override
    public final void handleRequest(InputStream input, OutputStream output, Context context) {
        TableStreamEvent event = TableStreamEvent.read(input);
        List<String> failed = Correlation.call(context == null ? null : context.getAwsRequestId(),
                () -> handle(event, context));
        StreamingJson.write(TableStreamEvent.batchResponse(failed), output);
    }

    /** The batch handled; returns the sequence numbers of the records to hand over again. */
    protected abstract List<String> handle(TableStreamEvent event, Context context);

    /** The key of an item that does not exist, which priming names in its one record. */
    protected abstract Map<String, String> primingKeys();

    /** Before the SnapStart snapshot, a batch of one change to an item that does not exist: read, found absent. */
    @Override
    protected byte[] primingEvent() {
        return new TableStreamEvent(List.of(new TableStreamEvent.Change("snapstart-priming", "MODIFY", primingKeys(),
                "0"))).toJson("arn:aws:dynamodb:eu-west-3:000000000000:table/priming/stream/priming", List.of())
                .getBytes(StandardCharsets.UTF_8);
    }
}
