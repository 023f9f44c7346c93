package fr.interconnectes.candidatures.local.it;

import fr.interconnectes.candidatures.adapter.aws.AwsClients;
import fr.interconnectes.candidatures.config.Environment;
import fr.interconnectes.candidatures.local.emulator.FreePort;
import fr.interconnectes.candidatures.local.emulator.ProjectRoot;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.s3.model.BucketVersioningStatus;

/**
 * S3 with versioning, which S3Proxy lacks: Adobe S3Mock's runnable jar (copied by the build into
 * {@code local/target/emulators/}), started as a separate JVM on a free loopback port, a bucket with versioning
 * on. Started by the test that needs it and stopped after it.
 */
final class VersionedS3 implements AutoCloseable {

    static final String BUCKET = "attachments-versioned";
    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final AwsClients aws;

    private VersionedS3(Process process, AwsClients aws) {
        this.process = process;
        this.aws = aws;
    }

    static VersionedS3 start() {
        Path jar = ProjectRoot.locate().resolve("local/target/emulators/s3mock-exec.jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No " + jar + ": the build copies it (mvn process-test-resources -pl local)");
        }
        int port = FreePort.find();
        try {
            Path store = Files.createTempDirectory("s3mock-");
            Path log = ProjectRoot.locate().resolve("local/target/s3mock.log");
            String java = ProcessHandle.current().info().command().orElse("java");
            Process process = new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                    "--server.address=127.0.0.1", "--server.port=0",
                    "--com.adobe.testing.s3mock.http-port=" + port,
                    "--com.adobe.testing.s3mock.store.root=" + store,
                    "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                    "--spring.main.banner-mode=off")
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            String endpoint = "http://127.0.0.1:" + port;
            awaitUp(process, endpoint, log);
            Map<String, String> environment = TestEmulators.get().environmentWith(
                    Map.of(AwsClients.S3_ENDPOINT, endpoint));
            AwsClients aws = new AwsClients(Environment.of(environment));
            aws.s3().putBucketVersioning(r -> r.bucket(BUCKET)
                    .versioningConfiguration(v -> v.status(BucketVersioningStatus.ENABLED)));
            return new VersionedS3(process, aws);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void awaitUp(Process process, String endpoint, Path log) throws IOException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock stopped at start: " + Files.readString(log));
            }
            try {
                http.send(HttpRequest.newBuilder(URI.create(endpoint + "/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                sleep();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        process.destroyForcibly();
        throw new IllegalStateException("S3Mock not up after " + STARTUP);
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    AwsClients aws() {
        return aws;
    }

    /** Every version and delete marker under the prefix, as {@code key@versionId}. */
    List<String> versions(String prefix) {
        var listed = aws.s3().listObjectVersions(r -> r.bucket(BUCKET).prefix(prefix));
        return java.util.stream.Stream.concat(
                listed.versions().stream().map(v -> v.key() + "@" + v.versionId()),
                listed.deleteMarkers().stream().map(m -> m.key() + "@" + m.versionId() + " (delete marker)")).toList();
    }

    void put(String key, byte[] content) {
        aws.s3().putObject(r -> r.bucket(BUCKET).key(key).contentType("application/pdf"),
                software.amazon.awssdk.core.sync.RequestBody.fromBytes(content));
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
