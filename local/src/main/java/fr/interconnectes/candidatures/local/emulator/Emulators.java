package fr.interconnectes.candidatures.local.emulator;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The three emulators the backend needs on one machine: dynalite (DynamoDB), aws-ses-v2-local (SES) and
 * S3Proxy (S3). {@link #environment()} gives the variables that point the real SDK clients at them.
 */
public final class Emulators implements AutoCloseable {

    public static final String REGION = "eu-west-3";
    public static final String ACCESS_KEY = "local";
    public static final String SECRET_KEY = "local-secret";

    private final NodeEmulator dynamoDb;
    private final NodeEmulator ses;
    private final S3ProxyEmulator s3;

    private Emulators(NodeEmulator dynamoDb, NodeEmulator ses, S3ProxyEmulator s3) {
        this.dynamoDb = dynamoDb;
        this.ses = ses;
        this.s3 = s3;
    }

    /** Ports to listen on (0 = pick a free one) and, optionally, a folder to persist data in. */
    public record Settings(int dynamoDbPort, int s3Port, int sesPort, Path dataDirectory, Path logDirectory) {

        public static Settings ephemeral(Path logDirectory) {
            return new Settings(0, 0, 0, null, logDirectory);
        }
    }

    public static Emulators start(Path projectRoot, Settings settings) {
        int dynamoPort = settings.dynamoDbPort() > 0 ? settings.dynamoDbPort() : FreePort.find();
        int sesPort = settings.sesPort() > 0 ? settings.sesPort() : FreePort.find();
        int s3Port = settings.s3Port() > 0 ? settings.s3Port() : FreePort.find();
        List<AutoCloseable> started = new ArrayList<>();
        try {
            List<String> dynaliteArguments = new ArrayList<>(List.of("--port", Integer.toString(dynamoPort),
                    "--createTableMs", "0", "--updateTableMs", "0", "--deleteTableMs", "0"));
            if (settings.dataDirectory() != null) {
                dynaliteArguments.addAll(List.of("--path", settings.dataDirectory().resolve("dynamodb").toString()));
            }
            NodeEmulator dynamoDb = NodeEmulator.start("dynalite", projectRoot, "node_modules/dynalite/cli.js",
                    dynamoPort, settings.logDirectory().resolve("dynalite-" + dynamoPort + ".log"), dynaliteArguments);
            started.add(dynamoDb);
            NodeEmulator ses = NodeEmulator.start("aws-ses-v2-local", projectRoot,
                    "node_modules/aws-ses-v2-local/dist/cli.js", sesPort,
                    settings.logDirectory().resolve("ses-" + sesPort + ".log"),
                    List.of("--host", "127.0.0.1", "--port", Integer.toString(sesPort)));
            started.add(ses);
            S3ProxyEmulator s3 = S3ProxyEmulator.start(s3Port, ACCESS_KEY, SECRET_KEY,
                    settings.dataDirectory() == null ? null : settings.dataDirectory().resolve("s3"));
            return new Emulators(dynamoDb, ses, s3);
        } catch (RuntimeException e) {
            for (AutoCloseable closeable : started) {
                try {
                    closeable.close();
                } catch (Exception ignored) {
                    // best effort: we are already failing
                }
            }
            throw e;
        }
    }

    /** Variables that make {@link AwsClients} talk to these emulators. */
    public Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(AwsClients.REGION, REGION);
        environment.put("AWS_DEFAULT_REGION", REGION);
        environment.put("AWS_ACCESS_KEY_ID", ACCESS_KEY);
        environment.put("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
        environment.put(AwsClients.DYNAMODB_ENDPOINT, dynamoDb.endpoint());
        environment.put(AwsClients.S3_ENDPOINT, s3.endpoint());
        environment.put(AwsClients.SES_ENDPOINT, ses.endpoint());
        return environment;
    }

    public String dynamoDbEndpoint() {
        return dynamoDb.endpoint();
    }

    public String s3Endpoint() {
        return s3.endpoint();
    }

    public String sesEndpoint() {
        return ses.endpoint();
    }

    public S3ProxyEmulator s3() {
        return s3;
    }

    @Override
    public void close() {
        s3.close();
        ses.close();
        dynamoDb.close();
    }
}
