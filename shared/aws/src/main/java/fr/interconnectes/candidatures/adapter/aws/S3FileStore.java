package fr.interconnectes.candidatures.adapter.aws;

import fr.interconnectes.candidatures.port.FileStore;
import java.nio.charset.StandardCharsets;
import fr.interconnectes.candidatures.domain.Unicode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * Applicants' files in one S3 bucket. Uploads and downloads go straight between the browser and S3 through
 * presigned URLs; the upload URL signs the {@code Content-Type} and {@code Content-Length} headers, so S3
 * refuses a PUT of another type or size (the signature no longer matches) as well as a late one.
 */
public final class S3FileStore implements FileStore {

    static final String CONTENT_TYPE = "Content-Type";
    static final String CONTENT_LENGTH = "Content-Length";

    private final Supplier<S3Client> s3;
    private final Supplier<S3Presigner> presigner;
    private final String bucket;

    public S3FileStore(S3Client s3, S3Presigner presigner, String bucket) {
        this(() -> s3, () -> presigner, bucket);
    }

    /** The clients are asked for on first use: a function may never touch its files on a given call. */
    public S3FileStore(Supplier<S3Client> s3, Supplier<S3Presigner> presigner, String bucket) {
        this.s3 = s3;
        this.presigner = presigner;
        this.bucket = bucket;
    }

    @Override
    public PresignedUpload presignUpload(String key, String contentType, long size, Duration validity) {
        if (contentType == null || contentType.isBlank()) {
            throw new IllegalArgumentException("contentType is required");
        }
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative: " + size);
        }
        var presigned = presigner.get().presignPutObject(r -> r
                .signatureDuration(validity)
                .putObjectRequest(put -> put
                        .bucket(bucket)
                        .key(key)
                        .contentType(contentType)
                        .contentLength(size)));
        // Both headers must be part of the signature, otherwise S3 would take any type or size.
        var signed = presigned.signedHeaders().keySet().stream()
                .map(h -> h.toLowerCase(Locale.ROOT))
                .toList();
        if (!signed.contains("content-type") || !signed.contains("content-length")) {
            throw new IllegalStateException("Presigned PUT does not sign Content-Type and Content-Length: " + signed);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(CONTENT_TYPE, contentType);
        headers.put(CONTENT_LENGTH, Long.toString(size));
        return new PresignedUpload(presigned.url().toString(), "PUT", Map.copyOf(headers), presigned.expiration());
    }

    @Override
    public PresignedDownload presignDownload(String key, String fileName, Duration validity) {
        var presigned = presigner.get().presignGetObject(r -> r
                .signatureDuration(validity)
                .getObjectRequest(get -> get
                        .bucket(bucket)
                        .key(key)
                        .responseContentDisposition(attachment(fileName))));
        return new PresignedDownload(presigned.url().toString(), presigned.expiration());
    }

    @Override
    public Optional<StoredFile> describe(String key) {
        return AwsServiceErrors.call("S3", () -> {
            try {
                var head = s3.get().headObject(r -> r.bucket(bucket).key(key));
                long size = head.contentLength() == null ? 0 : head.contentLength();
                return Optional.of(new StoredFile(key, size, head.contentType()));
            } catch (NoSuchKeyException e) {
                return Optional.empty();
            } catch (S3Exception e) {
                if (e.statusCode() == 404) {
                    return Optional.empty();
                }
                throw e;
            }
        });
    }

    /** @throws NoSuchElementException when nothing is stored under {@code key} */
    @Override
    public byte[] firstBytes(String key, int count) {
        if (count <= 0) {
            return new byte[0];
        }
        return AwsServiceErrors.call("S3", () -> {
            try {
                return s3.get().getObjectAsBytes(r -> r.bucket(bucket).key(key).range("bytes=0-" + (count - 1)))
                        .asByteArray();
            } catch (NoSuchKeyException e) {
                throw new NoSuchElementException("No file under " + key);
            } catch (S3Exception e) {
                if (e.statusCode() == 416) {
                    return new byte[0]; // an empty object: no byte satisfies the range
                }
                if (e.statusCode() == 404) {
                    throw new NoSuchElementException("No file under " + key);
                }
                throw e;
            }
        });
    }

    @Override
    public void delete(String key) {
        AwsServiceErrors.call("S3", () -> s3.get().deleteObject(r -> r.bucket(bucket).key(key)));
    }

    @Override
    public void write(String key, String contentType, Content content) {
        S3PartsOutputStream out = new S3PartsOutputStream(s3.get(), bucket, key, contentType);
        try {
            content.writeTo(out);
        } catch (IOException | RuntimeException e) {
            out.abort();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        out.close();
    }

    /**
     * ListObjectVersions page after page under the prefix, then a DeleteObject with its {@code versionId} for each
     * version and each delete marker: on the versioned bucket a plain delete would only hide the file behind a
     * delete marker, its content kept as a noncurrent version. A store that keeps no versions and does not know the
     * call (S3Proxy, the local emulator, answers 501) has only current objects: they are listed and deleted.
     */
    @Override
    public int eraseAll(String prefix) {
        if (prefix == null || prefix.isBlank() || !prefix.endsWith("/")) {
            throw new IllegalArgumentException("erase a folder, ending with '/': " + prefix);
        }
        return AwsServiceErrors.call("S3", () -> {
            try {
                return eraseVersions(prefix);
            } catch (S3Exception e) {
                if (e.statusCode() == 501) {
                    return eraseCurrentObjects(prefix);
                }
                throw e;
            }
        });
    }

    private int eraseVersions(String prefix) {
        int erased = 0;
        String keyMarker = null;
        String versionMarker = null;
        boolean more;
        do {
            String keyFrom = keyMarker;
            String versionFrom = versionMarker;
            var page = s3.get().listObjectVersions(r -> r.bucket(bucket).prefix(prefix)
                    .keyMarker(keyFrom).versionIdMarker(versionFrom));
            for (var version : page.versions()) {
                deleteVersion(version.key(), version.versionId());
                erased++;
            }
            for (var marker : page.deleteMarkers()) {
                deleteVersion(marker.key(), marker.versionId());
                erased++;
            }
            more = Boolean.TRUE.equals(page.isTruncated());
            keyMarker = page.nextKeyMarker();
            versionMarker = page.nextVersionIdMarker();
        } while (more);
        return erased;
    }

    private void deleteVersion(String key, String versionId) {
        s3.get().deleteObject(r -> r.bucket(bucket).key(key).versionId(versionId));
    }

    private int eraseCurrentObjects(String prefix) {
        int erased = 0;
        for (var object : s3.get().listObjectsV2Paginator(r -> r.bucket(bucket).prefix(prefix)).contents()) {
            s3.get().deleteObject(r -> r.bucket(bucket).key(object.key()));
            erased++;
        }
        return erased;
    }

    /**
     * {@code attachment; filename="<ASCII fallback>"; filename*=UTF-8''<percent-encoded>} (RFC 6266 with the
     * RFC 5987 extended parameter), so browsers keep accents and old clients still get a sensible name.
     */
    static String attachment(String fileName) {
        String name = fileName == null || fileName.isBlank() ? "document" : fileName.strip();
        return "attachment; filename=\"" + asciiFallback(name) + "\"; filename*=UTF-8''" + rfc5987(name);
    }

    private static String asciiFallback(String name) {
        String withoutAccents = Unicode.withoutAccents(name);
        StringBuilder ascii = new StringBuilder(withoutAccents.length());
        for (char c : withoutAccents.toCharArray()) {
            ascii.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' ? c : '_');
        }
        return ascii.toString();
    }

    /** Percent-encodes everything but RFC 5987 attr-char. */
    static String rfc5987(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
