package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.applications.Deadlines;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.CandidacyRules;
import fr.interconnectes.candidatures.applications.ReceivedAt;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FileType;
import fr.interconnectes.candidatures.domain.candidacy.AccessTokens;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.FileStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The applicant announces a file (name, type, size) and gets a short-lived URL to PUT it straight to the
 * store, which enforces the announced type and size. The file counts once the server has checked it.
 */
public record RequestUpload(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer, FileStore files,
                            Clock clock, Metrics metrics) {

    static final Duration URL_VALIDITY = Duration.ofMinutes(15);
    /** An announced upload never completed stops holding a slot after this. */
    static final Duration ABANDONED_AFTER = Duration.ofHours(1);

    public record Requested(Attachment attachment, FileStore.PresignedUpload upload) {
    }

    /**
     * A file announced by the applicant. The request's reader has checked the announcement itself: the name,
     * cleaned of paths and control characters, is not empty, the type is given and the size is positive; whether
     * the campaign takes such a file is this use case's to say.
     */
    public record Command(String candidacyId, String authorization, String fileName, String contentType, long size,
                          ReceivedAt received) {

        /** A command with no receipt time: the function's clock decides. */
        public Command(String candidacyId, String authorization, String fileName, String contentType, long size) {
            this(candidacyId, authorization, fileName, contentType, size, ReceivedAt.UNKNOWN);
        }
    }

    public Requested execute(Command command) {
        return Deadlines.counted(metrics, Metric.DeadlineRefused.Operation.UPLOAD, () -> request(command));
    }

    private Requested request(Command command) {
        var opened = CandidacyRules.openForWrite(access, campaigns, command.candidacyId(), command.authorization(),
                command.received(), clock);
        Instant now = opened.receivedAt();
        Candidacy loaded = opened.candidacy();
        Campaign campaign = opened.campaign();
        String name = command.fileName();
        String contentType = command.contentType();
        long size = command.size();
        var limits = campaign.uploadLimits();
        var byType = FileType.fromMediaType(contentType);
        var byName = FileType.fromFileName(name);
        if (byType.isEmpty() || byName.isEmpty() || byType.get() != byName.get()
                || !limits.allowedTypes().contains(byType.get())) {
            metrics.record(new Metric.UploadRejected(Metric.UploadRejected.Reason.UNSUPPORTED_TYPE,
                    byType.orElse(byName.orElse(null))));
            throw new DomainException(ErrorCode.UNSUPPORTED_FILE_TYPE, limits.allowedTypes().stream()
                    .flatMap(t -> t.extensions().stream().limit(1)).map(e -> e.toUpperCase(Locale.ROOT))
                    .collect(Collectors.joining(", ")));
        }
        if (size > limits.maxFileBytes()) {
            throw new DomainException(ErrorCode.FILE_TOO_LARGE, humanSize(limits.maxFileBytes()));
        }
        FileType type = byType.get();
        String attachmentId = AccessTokens.resourceId('a', 9);
        String key = Attachment.storageFolder(campaign.id(), loaded.id()) + attachmentId + "." + type.extensions().get(0);
        Attachment attachment = new Attachment(attachmentId, name, type, size, Attachment.State.PENDING, key, now, null);
        writer.apply(loaded, current -> {
            CandidacyRules.requireEditable(current);
            List<Attachment> kept = current.attachments().stream()
                    .filter(a -> a.received() || a.createdAt().isAfter(now.minus(ABANDONED_AFTER)))
                    .collect(Collectors.toCollection(ArrayList::new));
            if (kept.size() >= limits.maxFiles()) {
                throw new DomainException(ErrorCode.TOO_MANY_FILES, limits.maxFiles());
            }
            kept.add(attachment);
            return current.withAttachments(kept, now);
        });
        return new Requested(attachment, files.presignUpload(key, type.mediaType(), size, URL_VALIDITY));
    }

    static String humanSize(long bytes) {
        return bytes % (1024 * 1024) == 0 ? (bytes / (1024 * 1024)) + " Mo" : bytes + " octets";
    }
}
