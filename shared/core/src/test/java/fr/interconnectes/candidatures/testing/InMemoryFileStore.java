package fr.interconnectes.candidatures.testing;

import fr.interconnectes.candidatures.port.FileStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Files in a map. Presigned URLs are recorded and point nowhere; a test "uploads" with {@link #put}, as the
 * applicant's browser would with the presigned PUT. {@link #failDeletes()} makes deletions fail, as a
 * storage outage would.
 */
public final class InMemoryFileStore implements FileStore {

    private final Map<String, Stored> files = new ConcurrentHashMap<>();
    private final List<String> deleted = new ArrayList<>();
    private final List<String> erasedPrefixes = new ArrayList<>();
    private final Instant presignedAt;
    private volatile boolean failDeletes;

    private record Stored(byte[] content, String contentType) {
    }

    public InMemoryFileStore(Instant presignedAt) {
        this.presignedAt = presignedAt;
    }

    @Override
    public PresignedUpload presignUpload(String key, String contentType, long size, Duration validity) {
        return new PresignedUpload("https://files.test/" + key + "?upload", "PUT",
                Map.of("Content-Type", contentType, "Content-Length", Long.toString(size)), presignedAt.plus(validity));
    }

    @Override
    public PresignedDownload presignDownload(String key, String fileName, Duration validity) {
        return new PresignedDownload("https://files.test/" + key + "?download=" + fileName, presignedAt.plus(validity));
    }

    @Override
    public Optional<StoredFile> describe(String key) {
        Stored file = files.get(key);
        return file == null ? Optional.empty() : Optional.of(new StoredFile(key, file.content().length, file.contentType()));
    }

    @Override
    public byte[] firstBytes(String key, int count) {
        Stored file = files.get(key);
        return file == null ? new byte[0] : Arrays.copyOf(file.content(), Math.min(count, file.content().length));
    }

    @Override
    public synchronized void delete(String key) {
        if (failDeletes) {
            throw new fr.interconnectes.candidatures.domain.Unavailable("file store", null);
        }
        files.remove(key);
        deleted.add(key);
    }

    /** Every file under the prefix; this store keeps no older versions, so each file counts once. */
    @Override
    public synchronized int eraseAll(String prefix) {
        if (failDeletes) {
            throw new fr.interconnectes.candidatures.domain.Unavailable("file store", null);
        }
        List<String> keys = files.keySet().stream().filter(k -> k.startsWith(prefix)).sorted().toList();
        keys.forEach(files::remove);
        deleted.addAll(keys);
        erasedPrefixes.add(prefix);
        return keys.size();
    }

    /** The folders {@link #eraseAll} was asked to erase, in order. */
    public synchronized List<String> erasedPrefixes() {
        return List.copyOf(erasedPrefixes);
    }

    /** Deletions work again, as after an outage. */
    public void restoreDeletes() {
        failDeletes = false;
    }

    /** What the applicant's browser would PUT to the presigned URL. */
    public void put(String key, byte[] content, String contentType) {
        files.put(key, new Stored(content.clone(), contentType));
    }

    public boolean holds(String key) {
        return files.containsKey(key);
    }

    public synchronized List<String> deleted() {
        return List.copyOf(deleted);
    }

    public void failDeletes() {
        failDeletes = true;
    }
}
