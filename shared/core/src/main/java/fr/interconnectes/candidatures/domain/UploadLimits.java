package fr.interconnectes.candidatures.domain;

import java.util.List;

/** What an applicant may attach to a dossier. */
public record UploadLimits(long maxFileBytes, int maxFiles, List<FileType> allowedTypes) {

    public static final long DEFAULT_MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int DEFAULT_MAX_FILES = 10;

    public UploadLimits {
        allowedTypes = List.copyOf(allowedTypes);
    }

    public static UploadLimits defaults() {
        return new UploadLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_FILES, List.of(FileType.values()));
    }
}
