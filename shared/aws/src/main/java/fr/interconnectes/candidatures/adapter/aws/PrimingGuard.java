package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.config.Priming;
import java.util.List;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.http.SdkHttpRequest;

/**
 * What every client does while the function primes ({@link Priming}): only reads go out (DynamoDB GetItem, Query…,
 * never a PutItem, an UpdateItem or a SendEmail), and with {@code Connection: close}, so that the snapshot keeps no
 * open socket that a restored container would find dead.
 */
final class PrimingGuard implements ExecutionInterceptor {

    private static final List<String> READS = List.of("Get", "Query", "Scan", "BatchGet", "List", "Describe", "Head");

    @Override
    public void beforeExecution(Context.BeforeExecution context, ExecutionAttributes attributes) {
        if (!Priming.active()) {
            return;
        }
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (operation == null || READS.stream().noneMatch(operation::startsWith)) {
            throw new WriteWhilePriming(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME) + "." + operation);
        }
    }

    @Override
    public SdkHttpRequest modifyHttpRequest(Context.ModifyHttpRequest context, ExecutionAttributes attributes) {
        return Priming.active() ? context.httpRequest().toBuilder().putHeader("Connection", "close").build()
                : context.httpRequest();
    }

    /** A call that would change something, refused while priming. */
    static final class WriteWhilePriming extends IllegalStateException {

        WriteWhilePriming(String operation) {
            super("refused while priming for the SnapStart snapshot: " + operation);
        }
    }
}
