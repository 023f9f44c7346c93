package fr.interconnectes.candidatures.config;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbAuditLog;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCandidacies;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbJuryRecords;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbIdempotencyKeys;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbReceiptCounters;
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
import fr.interconnectes.candidatures.port.Mailer;
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

    private final Environment environment;
    private final AwsClients aws;
    /** One DynamoDB client per container, shared by every adapter of the function. */
    private final Lazy<DynamoDbClient> dynamoDb;

    private AwsAdapters(Environment environment) {
        this.environment = environment;
        this.aws = new AwsClients(environment);
        this.dynamoDb = Lazy.of(aws::dynamoDb);
    }

    public static AwsAdapters fromEnvironment() {
        return new AwsAdapters(Environment.current());
    }

    public Environment environment() {
        return environment;
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

    public Candidacies candidacies() {
        return new DynamoDbCandidacies(dynamoDb(), table());
    }

    public JuryRecords juryRecords() {
        return new DynamoDbJuryRecords(dynamoDb(), table());
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
        return new MustacheMailTemplates();
    }

    /** The S3 client and presigner are built on the first file operation, not at cold start. */
    public FileStore fileStore() {
        return new S3FileStore(Lazy.of(aws::s3), Lazy.of(aws::s3Presigner), environment.required(BUCKET_NAME));
    }

    /** The SES client is built on the first mail sent, not at cold start. */
    public Mailer mailer() {
        return new SesMailer(Lazy.of(aws::sesV2), environment.required(MAIL_FROM),
                environment.optional(MAIL_CONFIGURATION_SET).orElse(null));
    }
}
