package fr.interconnectes.candidatures.local.bench;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import fr.interconnectes.candidatures.functions.campaigns.GetCampaignHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The warm comparison, in one JVM under the runtime client: an event {@code {"probe":"direct"}} is answered by one
 * plain SDK GetItem of the campaign (consistent read, as the adapter does) with a client of its own, any other event
 * by the real GetCampaign handler. The mock Runtime API times both alike.
 */
public final class WarmProbe implements RequestStreamHandler {

    static final String DIRECT = "{\"probe\":\"direct\"}";

    private final GetCampaignHandler handler = new GetCampaignHandler();
    private final DynamoDbClient direct = DynamoDbClient.builder()
            .region(Region.of(System.getenv("AWS_REGION")))
            .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(
                    System.getenv("AWS_ACCESS_KEY_ID"), System.getenv("AWS_SECRET_ACCESS_KEY"))))
            .endpointOverride(URI.create(System.getenv("AWS_ENDPOINT_URL_DYNAMODB")))
            .httpClient(UrlConnectionHttpClient.create())
            .build();
    private final String table = System.getenv("TABLE_NAME");

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        byte[] event = input.readAllBytes();
        if (new String(event, StandardCharsets.UTF_8).equals(DIRECT)) {
            var item = direct.getItem(r -> r.tableName(table).consistentRead(true).key(Map.of(
                    "PK", AttributeValue.fromS("CAMPAIGN#aura-2019-label"), "SK", AttributeValue.fromS("CAMPAIGN"))));
            output.write(("{\"found\":" + item.hasItem() + "}").getBytes(StandardCharsets.UTF_8));
            return;
        }
        handler.handleRequest(new ByteArrayInputStream(event), output, context);
    }
}
