package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.config.Environment;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.ContainerCredentialsProvider;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.awscore.client.builder.AwsSyncClientBuilder;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.ssm.SsmClient;

/**
 * The one factory of AWS SDK clients: explicit region, explicit credentials provider, the lightweight
 * UrlConnection HTTP client (no Apache or Netty on the class path), and endpoints that the standard
 * {@code AWS_ENDPOINT_URL_<SERVICE>} variables override so the same code talks to local emulators.
 */
public final class AwsClients {

    public static final String REGION = "AWS_REGION";
    public static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";
    public static final String S3_ENDPOINT = "AWS_ENDPOINT_URL_S3";
    public static final String SES_ENDPOINT = "AWS_ENDPOINT_URL_SESV2";
    public static final String SSM_ENDPOINT = "AWS_ENDPOINT_URL_SSM";

    private final Environment environment;
    private final Region region;
    private final AwsCredentialsProvider credentials;
    private final SdkHttpClient httpClient;

    public AwsClients(Environment environment) {
        this.environment = environment;
        this.region = Region.of(environment.required(REGION));
        this.credentials = new RenewableCredentials(() -> credentialsFrom(environment));
        this.httpClient = UrlConnectionHttpClient.create(
                new UrlConnections(Duration.ofSeconds(2), Duration.ofSeconds(10)));
    }

    public DynamoDbClient dynamoDb() {
        return configured(DynamoDbClient.builder(), DYNAMODB_ENDPOINT).build();
    }

    public S3Client s3() {
        return configured(S3Client.builder(), S3_ENDPOINT)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .forcePathStyle(endpoint(S3_ENDPOINT).isPresent())
                .build();
    }

    public S3Presigner s3Presigner() {
        var builder = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder()
                        .pathStyleAccessEnabled(endpoint(S3_ENDPOINT).isPresent())
                        .build());
        endpoint(S3_ENDPOINT).ifPresent(builder::endpointOverride);
        return builder.build();
    }

    public SesV2Client sesV2() {
        return configured(SesV2Client.builder(), SES_ENDPOINT).build();
    }

    public SsmClient ssm() {
        return configured(SsmClient.builder(), SSM_ENDPOINT).build();
    }

    /** What every client shares: region, credentials, HTTP client, timeouts, and the endpoint a variable may set. */
    private <B extends AwsClientBuilder<B, ?> & AwsSyncClientBuilder<B, ?>> B configured(B builder,
                                                                                      String endpointVariable) {
        builder.region(region)
                .credentialsProvider(credentials)
                .httpClient(httpClient)
                .overrideConfiguration(overrides());
        endpoint(endpointVariable).ifPresent(builder::endpointOverride);
        return builder;
    }

    private Optional<URI> endpoint(String variable) {
        return environment.optional(variable).map(URI::create);
    }

    /** Timeouts, and the guard that lets only reads out while the function primes. */
    private static ClientOverrideConfiguration overrides() {
        return ClientOverrideConfiguration.builder()
                .addExecutionInterceptor(new PrimingGuard())
                .apiCallAttemptTimeout(Duration.ofSeconds(5))
                .apiCallTimeout(Duration.ofSeconds(12))
                .build();
    }

    /**
     * The keys of the environment when it has them; else, as a SnapStart function gets its credentials (Lambda gives
     * it no keys in the environment), the container credentials endpoint.
     */
    private static AwsCredentialsProvider credentialsFrom(Environment environment) {
        var accessKey = environment.optional("AWS_ACCESS_KEY_ID");
        var secretKey = environment.optional("AWS_SECRET_ACCESS_KEY");
        if (accessKey.isEmpty() || secretKey.isEmpty()) {
            return environment.optional("AWS_CONTAINER_CREDENTIALS_FULL_URI").isPresent()
                    ? ContainerCredentialsProvider.create()
                    : EnvironmentVariableCredentialsProvider.create();
        }
        var sessionToken = environment.optional("AWS_SESSION_TOKEN");
        return StaticCredentialsProvider.create(sessionToken.isPresent()
                ? AwsSessionCredentials.create(accessKey.get(), secretKey.get(), sessionToken.get())
                : AwsBasicCredentials.create(accessKey.get(), secretKey.get()));
    }
}
