package fr.interconnectes.candidatures.port;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/** Where applicants' files are kept. Uploads and downloads go straight between the browser and the store. */
public interface FileStore {

    /**
     * A URL the applicant's browser PUTs the file to. The store itself enforces the content type and the
     * exact size announced, and the expiry.
     */
    PresignedUpload presignUpload(String key, String contentType, long size, Duration validity);

    /** A short-lived URL to download the file, saved under {@code fileName}. */
    PresignedDownload presignDownload(String key, String fileName, Duration validity);

    /** What the store holds under {@code key}, if anything. */
    Optional<StoredFile> describe(String key);

    /** The first {@code count} bytes of the file (fewer if it is shorter), to sniff its real type. */
    byte[] firstBytes(String key, int count);

    void delete(String key);

    /**
     * Erases every file under {@code prefix}, every version of each and every delete marker included, so that
     * nothing of them can be restored; returns how many versions were erased. Repeating it erases nothing more.
     */
    int eraseAll(String prefix);

    record PresignedUpload(String url, String method, Map<String, String> headers, Instant expiresAt) {
    }

    record PresignedDownload(String url, Instant expiresAt) {
    }

    record StoredFile(String key, long size, String contentType) {
    }
}
