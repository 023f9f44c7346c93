package fr.interconnectes.candidatures.local.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.config.AwsAdapters;
import fr.interconnectes.candidatures.local.LocalResources;
import fr.interconnectes.candidatures.local.LocalBackend;
import fr.interconnectes.candidatures.local.emulator.Emulators;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import fr.interconnectes.candidatures.local.template.LocalNames;
import fr.interconnectes.candidatures.local.template.SamTemplate;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The emulators (dynalite, aws-ses-v2-local, S3Proxy) shared by every integration test of the JVM: started
 * once, on free ports, on first use; the table and bucket of template.yaml created; stopped by a shutdown
 * hook. Tests share the data, so each test uses its own ids, keys and recipients.
 *
 * <pre>{@code
 * TestEmulators emulators = TestEmulators.get();
 * FileStore files = new S3FileStore(emulators.aws().s3(), emulators.aws().s3Presigner(), emulators.bucketName());
 * }</pre>
 */
public final class TestEmulators {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration HTTP_TIMEOUT = Duration.ofSeconds(10);

    private static TestEmulators instance;

    private final LocalBackend backend;
    private final Emulators emulators;
    private final Map<String, String> environment;
    private final AwsClients aws;
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    private TestEmulators(LocalBackend backend, Map<String, String> environment) {
        this.backend = backend;
        this.emulators = backend.emulators();
        this.environment = Map.copyOf(environment);
        this.aws = new AwsClients(Environment.of(environment));
    }

    /** The JVM's emulators, started (and provisioned) on the first call. */
    public static synchronized TestEmulators get() {
        if (instance == null) {
            instance = start();
        }
        return instance;
    }

    /**
     * The whole local backend on free ports: emulators, table and bucket from template.yaml, every
     * function hosted with its template environment, the demo campaigns. Schedules run only when fired.
     */
    private static TestEmulators start() {
        Path root = ProjectRoot.locate();
        Path logs = root.resolve("local/target/it-emulators");
        LocalBackend backend = LocalBackend.start(root,
                new LocalBackend.Settings(0, Emulators.Settings.ephemeral(logs), true, false));
        Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "stop-test-backend"));
        for (String variable : List.of(AwsAdapters.TABLE_NAME, AwsAdapters.BUCKET_NAME, AwsAdapters.MAIL_FROM)) {
            if (backend.environment().get(variable) == null) {
                throw new IllegalStateException(variable + " is not declared in template.yaml Globals");
            }
        }
        return new TestEmulators(backend, backend.environment());
    }

    /** The local backend: its API URL, its deployment (functions, routes, schedules). */
    public LocalBackend backend() {
        return backend;
    }

    public String apiUrl() {
        return backend.apiUrl();
    }

    /** The variables a function would get locally: emulator endpoints, credentials, and the template's names. */
    public Map<String, String> environment() {
        return environment;
    }

    /** The environment with some variables replaced, e.g. an endpoint pointed at a closed port. */
    public Map<String, String> environmentWith(Map<String, String> overrides) {
        Map<String, String> changed = new LinkedHashMap<>(environment);
        changed.putAll(overrides);
        return changed;
    }

    /** SDK clients talking to the emulators. */
    public AwsClients aws() {
        return aws;
    }

    public Emulators emulators() {
        return emulators;
    }

    public String tableName() {
        return environment.get(AwsAdapters.TABLE_NAME);
    }

    public String bucketName() {
        return environment.get(AwsAdapters.BUCKET_NAME);
    }

    public String mailFrom() {
        return environment.get(AwsAdapters.MAIL_FROM);
    }

    public String sesEndpoint() {
        return emulators.sesEndpoint();
    }

    public String s3Endpoint() {
        return emulators.s3Endpoint();
    }

    /** The raw store of aws-ses-v2-local: {@code {"templates": {...}, "emails": [...]}}. */
    public JsonNode sesStore() {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(sesEndpoint() + "/store"))
                .timeout(HTTP_TIMEOUT)
                .GET()
                .build());
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every mail the SES emulator received since it started or was last cleared, oldest first. */
    public List<CapturedMail> mails() {
        List<CapturedMail> mails = new ArrayList<>();
        for (JsonNode email : sesStore().path("emails")) {
            mails.add(CapturedMail.of(email));
        }
        return mails;
    }

    /** The mails sent to {@code recipient} (in To), oldest first. */
    public List<CapturedMail> mailsTo(String recipient) {
        return mails().stream().filter(m -> m.to().contains(recipient)).toList();
    }

    /**
     * The mails sent to {@code recipient}, once one has arrived or after 10 s: the table's stream sends an applicant's
     * notice after the request that recorded it, so it may arrive a moment after the answer.
     */
    public List<CapturedMail> awaitMailsTo(String recipient) throws InterruptedException {
        for (int i = 0; i < 50 && mailsTo(recipient).isEmpty(); i++) {
            Thread.sleep(200);
        }
        return mailsTo(recipient);
    }

    /** Empties the SES emulator's store (mails and templates). */
    public void clearMails() {
        send(HttpRequest.newBuilder(URI.create(sesEndpoint() + "/clear-store"))
                .timeout(HTTP_TIMEOUT)
                .POST(HttpRequest.BodyPublishers.noBody())
                .build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                throw new IllegalStateException(request.method() + " " + request.uri() + " answered "
                        + response.statusCode() + ": " + response.body());
            }
            return response;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A file of a stored mail: its name, its type without parameters, its content as UTF-8 text. */
    public record CapturedAttachment(String fileName, String contentType, String content) {
    }

    /**
     * One mail as aws-ses-v2-local stores it: subject and bodies as the sender gave them (already decoded,
     * no MIME encoding), {@code at} in epoch seconds; the attachments of a raw mail as the emulator parsed them
     * out of the MIME message it was given.
     */
    public record CapturedMail(String messageId, String from, List<String> replyTo, List<String> to, List<String> cc,
                               List<String> bcc, String subject, String text, String html, long at,
                               List<CapturedAttachment> attachments) {

        static CapturedMail of(JsonNode email) {
            JsonNode destination = email.path("destination");
            JsonNode body = email.path("body");
            return new CapturedMail(
                    email.path("messageId").asText(null),
                    email.path("from").asText(null),
                    strings(email.path("replyTo")),
                    strings(destination.path("to")),
                    strings(destination.path("cc")),
                    strings(destination.path("bcc")),
                    email.path("subject").asText(null),
                    body.path("text").asText(null),
                    body.path("html").asText(null),
                    email.path("at").asLong(),
                    attachments(email.path("attachments")));
        }

        private static List<CapturedAttachment> attachments(JsonNode array) {
            List<CapturedAttachment> attachments = new ArrayList<>();
            array.forEach(a -> attachments.add(new CapturedAttachment(a.path("filename").asText(null),
                    a.path("contentType").asText(null),
                    new String(Base64.getDecoder().decode(a.path("content").asText("")), StandardCharsets.UTF_8))));
            return List.copyOf(attachments);
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(v -> values.add(v.asText()));
            return List.copyOf(values);
        }
    }
}
