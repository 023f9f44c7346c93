package fr.interconnectes.candidatures.config;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.adapter.aws.DynamoDbCampaigns;
import fr.interconnectes.candidatures.adapter.aws.S3FileStore;
import fr.interconnectes.candidatures.adapter.aws.SesMailer;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.FileStore;
import fr.interconnectes.candidatures.port.Mailer;
import java.time.Clock;

/**
 * Builds the real adapters of one function from its environment (as template.yaml declares it). Handlers'
 * no-arg constructors call it once per Lambda container; tests pass ports to the other constructor.
 */
public final class Wiring {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String BUCKET_NAME = "BUCKET_NAME";
    public static final String MAIL_FROM = "MAIL_FROM";

    private final Environment environment;
    private final AwsClients aws;

    private Wiring(Environment environment) {
        this.environment = environment;
        this.aws = new AwsClients(environment);
    }

    public static Wiring fromEnvironment() {
        return new Wiring(Environment.current());
    }

    public Environment environment() {
        return environment;
    }

    public Clock clock() {
        return ServerClock.shared();
    }

    public Campaigns campaigns() {
        return new DynamoDbCampaigns(aws.dynamoDb(), environment.required(TABLE_NAME));
    }

    public FileStore fileStore() {
        return new S3FileStore(aws.s3(), aws.s3Presigner(), environment.required(BUCKET_NAME));
    }

    public Mailer mailer() {
        return new SesMailer(aws.sesV2(), environment.required(MAIL_FROM));
    }
}
