package fr.interconnectes.candidatures.adapter.aws;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.http.urlconnection.UrlConnectionFactory;

/**
 * How the UrlConnection HTTP client opens its connections: with our timeouts, straight to the service (Lambda has no
 * proxy, so the SDK's proxy settings, read from the environment and system properties, are not looked up), and with
 * the JDK's default TLS set up when an HTTPS connection first needs it. The SDK's own factory builds an
 * {@code SSLContext} when the client is built, even for the emulators' plain HTTP, which loads some 170 TLS and
 * certificate classes on every local cold start. The trust (the JDK's CA certificates) and the key managers (the
 * {@code javax.net.ssl.keyStore} properties) are the ones the SDK's factory would take.
 */
record UrlConnections(Duration connectTimeout, Duration readTimeout) implements UrlConnectionFactory {

    @Override
    public HttpURLConnection createConnection(URI uri) {
        try {
            HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection(Proxy.NO_PROXY);
            connection.setConnectTimeout(Math.toIntExact(connectTimeout.toMillis()));
            connection.setReadTimeout(Math.toIntExact(readTimeout.toMillis()));
            return connection;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
