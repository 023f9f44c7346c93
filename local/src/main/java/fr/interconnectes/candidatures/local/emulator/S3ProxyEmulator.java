package fr.interconnectes.candidatures.local.emulator;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.CrossOriginResourceSharing;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStore;
import org.jclouds.blobstore.BlobStoreContext;

/**
 * S3 emulated in-process by S3Proxy over a jclouds blob store (in memory, or a folder when data should
 * survive a restart). It checks AWS signatures, so presigned URLs are enforced as on S3.
 */
public final class S3ProxyEmulator implements AutoCloseable {

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final int port;

    private S3ProxyEmulator(S3Proxy proxy, BlobStoreContext context, int port) {
        this.proxy = proxy;
        this.context = context;
        this.port = port;
    }

    /** @param dataDirectory a folder for the blobs, or {@code null} to keep them in memory */
    public static S3ProxyEmulator start(int port, String accessKey, String secretKey, Path dataDirectory) {
        Properties properties = new Properties();
        ContextBuilder builder;
        if (dataDirectory == null) {
            builder = ContextBuilder.newBuilder("transient");
        } else {
            properties.setProperty("jclouds.filesystem.basedir", dataDirectory.toAbsolutePath().toString());
            builder = ContextBuilder.newBuilder("filesystem");
        }
        BlobStoreContext context = builder.credentials(accessKey, secretKey)
                .overrides(properties)
                .build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                .corsRules(new CrossOriginResourceSharing())
                .build();
        try {
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(20);
            }
        } catch (Exception e) {
            context.close();
            throw new IllegalStateException("Cannot start S3Proxy on port " + port, e);
        }
        return new S3ProxyEmulator(proxy, context, port);
    }

    /** Creates the bucket through the blob store: S3Proxy refuses CreateBucket with a foreign region. */
    public void createBucket(String bucket) {
        BlobStore blobStore = context.getBlobStore();
        if (!blobStore.containerExists(bucket)) {
            blobStore.createContainerInLocation(null, bucket);
        }
    }

    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // stopping an embedded server that already failed: nothing more to do
        } finally {
            context.close();
        }
    }
}
