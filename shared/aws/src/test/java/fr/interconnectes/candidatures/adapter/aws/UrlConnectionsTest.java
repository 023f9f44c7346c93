package fr.interconnectes.candidatures.adapter.aws;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import javax.net.ssl.HttpsURLConnection;
import org.junit.jupiter.api.Test;

/** The connections of the SDK's UrlConnection client: our timeouts, no proxy, the JDK's TLS for HTTPS. */
class UrlConnectionsTest {

    private final UrlConnections connections = new UrlConnections(Duration.ofSeconds(2), Duration.ofSeconds(10));

    @Test
    void an_emulator_connection_is_plain_http_with_the_timeouts() {
        HttpURLConnection connection = connections.createConnection(URI.create("http://127.0.0.1:8000/"));

        assertThat(connection).isNotInstanceOf(HttpsURLConnection.class);
        assertThat(connection.getConnectTimeout()).isEqualTo(2_000);
        assertThat(connection.getReadTimeout()).isEqualTo(10_000);
    }

    @Test
    void a_service_connection_uses_the_jdk_default_tls_with_its_ca_certificates() {
        HttpURLConnection connection = connections.createConnection(
                URI.create("https://dynamodb.eu-west-3.amazonaws.com/"));

        assertThat(connection).isInstanceOf(HttpsURLConnection.class);
        assertThat(((HttpsURLConnection) connection).getSSLSocketFactory())
                .isSameAs(HttpsURLConnection.getDefaultSSLSocketFactory());
        assertThat(connection.getConnectTimeout()).isEqualTo(2_000);
    }
}
