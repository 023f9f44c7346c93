package fr.interconnectes.candidatures.domain.candidacy;

import fr.interconnectes.candidatures.domain.FileType;
import java.time.Instant;

/**
 * A file of the dossier. It is {@code PENDING} from the moment the applicant asks for an upload URL until
 * the server has checked the stored object (existence, size, real type), then {@code RECEIVED}.
 */
public record Attachment(String id, String fileName, FileType type, long size, State state, String storageKey,
                         Instant createdAt, Instant receivedAt) {

    public enum State { PENDING, RECEIVED }

    /** The folder of the file store holding a dossier's files, every upload of it, kept or deleted. */
    public static String storageFolder(String campaignId, String candidacyId) {
        return "campaigns/" + campaignId + "/candidacies/" + candidacyId + "/";
    }

    /** The folder this file is stored in: its dossier's, or for a national dossier its regional dossier's. */
    public String storageFolder() {
        return storageKey == null ? null : storageKey.substring(0, storageKey.lastIndexOf('/') + 1);
    }

    public boolean received() {
        return state == State.RECEIVED;
    }

    public Attachment markReceived(Instant at) {
        return new Attachment(id, fileName, type, size, State.RECEIVED, storageKey, createdAt, at);
    }
}
