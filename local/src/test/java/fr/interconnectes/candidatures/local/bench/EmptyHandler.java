package fr.interconnectes.candidatures.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** The cold-start floor: a stream handler that answers {@code {}} and does nothing else. */
public final class EmptyHandler implements RequestStreamHandler {

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        input.readAllBytes();
        output.write("{}".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
}
