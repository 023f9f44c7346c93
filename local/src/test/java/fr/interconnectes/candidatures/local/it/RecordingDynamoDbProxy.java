package fr.interconnectes.candidatures.local.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A loopback proxy in front of the DynamoDB emulator that records the operation of each call ({@code GetItem},
 * {@code PutItem}…, from {@code X-Amz-Target}): point a function's {@code AWS_ENDPOINT_URL_DYNAMODB} at
 * {@link #endpoint()} to see what it asks for.
 */
public final class RecordingDynamoDbProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive", "te");

    private final HttpServer proxy;
    private final List<String> operations = new CopyOnWriteArrayList<>();

    public RecordingDynamoDbProxy(String dynamoDb) throws IOException {
        HttpClient forward = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        proxy = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
        proxy.createContext("/", exchange -> {
            try (exchange) {
                String target = exchange.getRequestHeaders().getFirst("X-Amz-Target");
                operations.add(target == null ? "?" : target.substring(target.indexOf('.') + 1));
                HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(dynamoDb + exchange.getRequestURI()))
                        .method(exchange.getRequestMethod(),
                                HttpRequest.BodyPublishers.ofByteArray(exchange.getRequestBody().readAllBytes()));
                exchange.getRequestHeaders().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase())) {
                        values.forEach(value -> request.header(name, value));
                    }
                });
                HttpResponse<byte[]> response = forward.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                response.headers().map().forEach((name, values) -> {
                    if (!HOP_BY_HOP.contains(name.toLowerCase()) && !name.startsWith(":")) {
                        exchange.getResponseHeaders().put(name, values);
                    }
                });
                exchange.sendResponseHeaders(response.statusCode(), response.body().length == 0 ? -1 : response.body().length);
                exchange.getResponseBody().write(response.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException(e);
            }
        });
        proxy.start();
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getAddress().getPort();
    }

    /** The operations called so far, in order. */
    public List<String> operations() {
        return List.copyOf(operations);
    }

    public void clear() {
        operations.clear();
    }

    @Override
    public void close() {
        proxy.stop(0);
    }
}
