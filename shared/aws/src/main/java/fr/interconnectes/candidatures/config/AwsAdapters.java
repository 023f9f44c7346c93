package fr.interconnectes.candidatures.config;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbPublishedResults;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbIdempotencyKeys;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbReceiptCounters;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAvailabilities;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbSelectionDays;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJurorReminders;
import fr.interconnectes.candidatures.port.JurorReminders;
import fr.interconnectes.candidatures.port.Availabilities;
import fr.interconnectes.candidatures.port.SelectionDays;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJobCheckpoints;
import fr.interconnectes.candidatures.port.JobCheckpoints;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.adapter.mail.MustacheMailTemplates;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.notifications.DossierLinks;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import fr.interconnectes.candidatures.adapter.aws.S3FileStore;
import fr.interconnectes.candidatures.adapter.aws.SesMailer;
import fr.interconnectes.candidatures.adapter.aws.SsmSecrets;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.notifications.MailTemplates;
import fr.interconnectes.candidatures.port.ReceiptCounters;
import fr.interconnectes.candidatures.port.JuryRecords;
import fr.interconnectes.candidatures.port.IdempotencyKeys;
import fr.interconnectes.candidatures.port.AuditLog;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.notifications.DeliverPendingMails;
import fr.interconnectes.candidatures.notifications.SendRate;
import fr.interconnectes.candidatures.port.Mailer;
import fr.interconnectes.candidatures.convocations.Organizer;
import fr.interconnectes.candidatures.port.PublishedResults;
import fr.interconnectes.candidatures.adapter.metrics.EmfMetrics;
import fr.interconnectes.candidatures.port.Metrics;
import java.time.Clock;

/**
 * The real adapters, built from the function's environment (as template.yaml declares it). Each handler's no-arg
 * constructor, once per Lambda container, takes from here exactly the adapters its use case needs; the DynamoDB
 * client is shared by the adapters of a function, the S3 and SES clients are built on first use only.
 */
public final class AwsAdapters {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String BUCKET_NAME = "BUCKET_NAME";
    public static final String MAIL_FROM = "MAIL_FROM";
    /** The SES configuration set mails go through (its events report bounces and complaints); optional. */
    public static final String MAIL_CONFIGURATION_SET = "MAIL_CONFIGURATION_SET";

    public static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";
    /** The SSM SecureString holding the access token secret (template.yaml gives it to the functions deriving tokens). */
    public static final String ACCESS_TOKEN_SECRET_PARAMETER = "ACCESS_TOKEN_SECRET_PARAMETER";
    /**
     * The secret itself, for runs without Parameter Store (the local runner, which plays Parameter Store's part);
     * template.yaml never sets it.
     */
    public static final String ACCESS_TOKEN_SECRET = "ACCESS_TOKEN_SECRET";
    /** The CloudWatch namespace of the functions' metrics, and the service they are counted under (template.yaml). */
    public static final String METRICS_NAMESPACE = "METRICS_NAMESPACE";
    public static final String METRICS_SERVICE = "METRICS_SERVICE";
    /** Set by Lambda: the function's name, the metrics' {@code Function} dimension. */
    public static final String FUNCTION_NAME = "AWS_LAMBDA_FUNCTION_NAME";

    private final Environment environment;
    private final AwsClients aws;
    /** One DynamoDB client per container, shared by every adapter of the function. */
    private final Lazy<DynamoDbClient> dynamoDb;

    private AwsAdapters(Environment environment) {
        this.environment = environment;
        this.aws = new AwsClients(environment);
        this.dynamoDb = Lazy.of(aws::dynamoDb).builtBeforeSnapshot();
    }

    public static AwsAdapters fromEnvironment() {
        return new AwsAdapters(Environment.current());
    }

    public Environment environment() {
        return environment;
    }

    /** The metrics of the function, as embedded-metric-format lines on standard output. */
    public Metrics metrics() {
        return new EmfMetrics(environment.optional(METRICS_NAMESPACE).orElse("Candidatures"),
                environment.optional(METRICS_SERVICE).orElse("candidatures"),
                environment.optional(FUNCTION_NAME).orElse("local"), System.out, Clock.systemUTC());
    }

    public Clock clock() {
        return FunctionRuntime.current().clock();
    }

    private DynamoDbClient dynamoDb() {
        return dynamoDb.get();
    }

    private String table() {
        return environment.required(TABLE_NAME);
    }

    public Campaigns campaigns() {
        return new DynamoDbCampaigns(dynamoDb(), table());
    }

    public PublishedResults publishedResults() {
        return new DynamoDbPublishedResults(dynamoDb(), table());
    }

    public Candidacies candidacies() {
        return new DynamoDbCandidacies(dynamoDb(), table(), DynamoDbCandidacies.Counting.BY_TABLE_STREAM);
    }

    public JuryRecords juryRecords() {
        return new DynamoDbJuryRecords(dynamoDb(), table());
    }

    public SelectionDays selectionDays() {
        return new DynamoDbSelectionDays(dynamoDb(), table());
    }

    public JurorReminders jurorReminders() {
        return new DynamoDbJurorReminders(dynamoDb(), table());
    }

    public Availabilities availabilities() {
        return new DynamoDbAvailabilities(dynamoDb(), table());
    }

    public AuditLog auditLog() {
        return new DynamoDbAuditLog(dynamoDb(), table());
    }

    public IdempotencyKeys idempotencyKeys() {
        return new DynamoDbIdempotencyKeys(dynamoDb(), table());
    }

    public ReceiptCounters receiptCounters() {
        return new DynamoDbReceiptCounters(dynamoDb(), table());
    }

    public JobCheckpoints jobCheckpoints() {
        return new DynamoDbJobCheckpoints(dynamoDb(), table());
    }

    /** Derives applicants' tokens from the secret of Parameter Store, read once per container. */
    public AccessTokens accessTokens() {
        return new AccessTokens(environment.optional(ACCESS_TOKEN_SECRET).orElseGet(() ->
                new SsmSecrets(aws::ssm).secureString(environment.required(ACCESS_TOKEN_SECRET_PARAMETER))));
    }

    public DossierLinks dossierLinks() {
        return new DossierLinks(environment.required(PUBLIC_BASE_URL));
    }

    public MailTemplates mailTemplates() {
        return new MustacheMailTemplates().compiledBeforeSnapshot();
    }

    /**
     * The S3 client and presigner are built on the first file operation, not at cold start (with SnapStart, before
     * the snapshot).
     */
    public FileStore fileStore() {
        return new S3FileStore(Lazy.of(aws::s3).builtBeforeSnapshot(), Lazy.of(aws::s3Presigner).builtBeforeSnapshot(),
                environment.required(BUCKET_NAME));
    }

    /** Who convenes in calendar invites: the organisers, at the sender address. */
    public Organizer organizer() {
        return Organizer.interconnectes(environment.required(MAIL_FROM));
    }

    /** The SES client is built on the first mail sent, not at cold start (with SnapStart, before the snapshot). */
    public Mailer mailer() {
        return new SesMailer(Lazy.of(aws::sesV2).builtBeforeSnapshot(), environment.required(MAIL_FROM),
                environment.optional(MAIL_CONFIGURATION_SET).orElse(null));
    }

    /**
     * The mailer kept to the SES account's maximum send rate, {@code MAIL_SEND_RATE} mails a second as template.yaml
     * sets it (the retry job's default without it), for a function that sends many mails one after the other.
     */
    public Mailer mailerAtSendRate() {
        return new SendRate(mailer(), mailSendRate());
    }

    /** {@code MAIL_SEND_RATE}, the SES account's maximum send rate in mails a second (the retry job's default without it). */
    public double mailSendRate() {
        return environment.optional("MAIL_SEND_RATE").map(Double::parseDouble)
                .orElse(DeliverPendingMails.Settings.DEFAULT.mailsPerSecond());
    }
}
