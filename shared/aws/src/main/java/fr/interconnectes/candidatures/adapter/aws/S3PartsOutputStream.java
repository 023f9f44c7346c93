package fr.interconnectes.candidatures.adapter.aws;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * A file written to S3 as it is produced: once {@value #PART_BYTES} bytes are there they go as a part of a multipart
 * upload, and closing sends the rest and completes it (a file smaller than one part is one PutObject). {@link #abort}
 * drops the parts sent, so a failed export leaves nothing.
 */
final class S3PartsOutputStream extends OutputStream {

    /** S3 takes parts of at least 5 MiB but the last. */
    static final int PART_BYTES = 8 * 1024 * 1024;

    private final S3Client s3;
    private final String bucket;
    private final String key;
    private final String contentType;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024 * 1024);
    private final List<CompletedPart> parts = new ArrayList<>();
    private String uploadId;

    S3PartsOutputStream(S3Client s3, String bucket, String key, String contentType) {
        this.s3 = s3;
        this.bucket = bucket;
        this.key = key;
        this.contentType = contentType;
    }

    @Override
    public void write(int b) throws IOException {
        buffer.write(b);
        sendFullPart();
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        buffer.write(bytes, offset, length);
        sendFullPart();
    }

    @Override
    public void close() {
        if (uploadId == null) {
            AwsServiceErrors.call("S3", () -> s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType),
                    RequestBody.fromBytes(buffer.toByteArray())));
            return;
        }
        sendPart();
        AwsServiceErrors.call("S3", () -> s3.completeMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                .multipartUpload(m -> m.parts(parts))));
    }

    void abort() {
        if (uploadId != null) {
            AwsServiceErrors.call("S3", () -> s3.abortMultipartUpload(r -> r.bucket(bucket).key(key).uploadId(uploadId)));
        }
    }

    private void sendFullPart() {
        if (buffer.size() >= PART_BYTES) {
            if (uploadId == null) {
                uploadId = AwsServiceErrors.call("S3", () -> s3.createMultipartUpload(r -> r.bucket(bucket).key(key)
                        .contentType(contentType))).uploadId();
            }
            sendPart();
        }
    }

    private void sendPart() {
        int number = parts.size() + 1;
        byte[] bytes = buffer.toByteArray();
        buffer.reset();
        var uploaded = AwsServiceErrors.call("S3", () -> s3.uploadPart(r -> r.bucket(bucket).key(key).uploadId(uploadId)
                .partNumber(number), RequestBody.fromBytes(bytes)));
        parts.add(CompletedPart.builder().partNumber(number).eTag(uploaded.eTag()).build());
    }
}
