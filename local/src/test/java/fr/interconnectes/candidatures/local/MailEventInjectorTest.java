package fr.interconnectes.candidatures.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.JsonNode;
import fr.interconnectes.candidatures.http.Json;
import fr.interconnectes.candidatures.http.gateway.SnsEvent;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import fr.interconnectes.candidatures.local.runtime.LocalClock;
import fr.interconnectes.candidatures.local.runtime.LocalDeployment;
import fr.interconnectes.candidatures.local.runtime.LocalScheduler;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code POST /local/mail-events}: the SES event SNS would hand the subscribed functions, JSON only. */
class MailEventInjectorTest {

    static final List<String> MESSAGES = new CopyOnWriteArrayList<>();

    /** A function subscribed to a topic: records the SNS messages it is given, read from its stream. */
    public static final class TopicHandler implements RequestStreamHandler {

        public TopicHandler() {
        }

        @Override
        public void handleRequest(InputStream input, OutputStream output, Context context) throws java.io.IOException {
            MESSAGES.addAll(SnsEvent.read(input).messages());
            output.write("\"recorded\"".getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final String TEMPLATE = """
            Resources:
              Topic:
                Type: AWS::SNS::Topic
              EventsFunction:
                Type: AWS::Serverless::Function
                Properties:
                  Handler: fr.interconnectes.candidatures.local.MailEventInjectorTest$TopicHandler::handleRequest
                  Events:
                    Mail:
                      Type: SNS
                      Properties:
                        Topic: !Ref Topic
            """;

    private final LocalClock clock = LocalClock.shared();
    private final LocalTools tools;

    MailEventInjectorTest() {
        MESSAGES.clear();
        SamTemplate template = SamTemplate.parse(new StringReader(TEMPLATE));
        LocalDeployment deployment = LocalDeployment.of(template, new LocalNames(template, "eu-west-3"), Map.of());
        tools = new LocalTools(new LocalScheduler(List.of(), "eu-west-3"), clock, null,
                new MailEventInjector(deployment.snsSubscribers(), clock));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void a_bounce_reaches_the_subscribed_function_as_ses_publishes_it_at_the_local_time() throws Exception {
        clock.travelTo(Instant.parse("2027-10-10T12:00:00Z"));

        var response = tools.handle("POST", LocalTools.MAIL_EVENTS, Map.of("content-type", "application/json"),
                "{\"candidacyId\": \"c1\", \"mailId\": \"m1\", \"type\": \"bounce\"}").orElseThrow();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(Json.mapper().readTree(response.body()).at("/results/0").asText()).isEqualTo("recorded");
        JsonNode event = Json.mapper().readTree(MESSAGES.get(0));
        assertThat(event.get("eventType").asText()).isEqualTo("Bounce");
        assertThat(event.at("/bounce/bounceType").asText()).isEqualTo("Permanent");
        assertThat(event.at("/bounce/timestamp").asText()).startsWith("2027-10-10T12:00");
        assertThat(event.at("/mail/tags/candidacyId/0").asText()).isEqualTo("c1");
        assertThat(event.at("/mail/tags/mailId/0").asText()).isEqualTo("m1");
    }

    @Test
    void only_json_with_a_known_type_and_only_post() {
        String body = "{\"candidacyId\": \"c1\", \"mailId\": \"m1\", \"type\": \"bounce\"}";

        assertThat(tools.handle("POST", LocalTools.MAIL_EVENTS, Map.of("content-type", "text/plain"), body)
                .orElseThrow().status()).isEqualTo(415);
        assertThat(tools.handle("POST", LocalTools.MAIL_EVENTS, Map.of(), body).orElseThrow().status()).isEqualTo(415);
        assertThat(tools.handle("POST", LocalTools.MAIL_EVENTS, Map.of("content-type", "application/json"),
                body.replace("bounce", "open")).orElseThrow().status()).isEqualTo(400);
        assertThat(tools.handle("GET", LocalTools.MAIL_EVENTS, Map.of(), null).orElseThrow().status()).isEqualTo(405);
        assertThat(MESSAGES).isEmpty();
    }
}
