package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.applications.Deadlines;
import fr.interconnectes.candidatures.port.Metric;
import fr.interconnectes.candidatures.port.Metrics;
import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;

import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.FileSniffer;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.FileStore;
import java.time.Clock;
import java.time.Instant;

/**
 * The applicant says the upload is done; the server checks the stored object itself: it exists, has the
 * announced size, and really is of the announced type (a renamed file is deleted and refused).
 */
public record CompleteUpload(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer, FileStore files,
                             Clock clock, Metrics metrics) {

    public Attachment execute(AttachmentCommand command) {
        return Deadlines.counted(metrics, Metric.DeadlineRefused.Operation.UPLOAD, () -> complete(command));
    }

    private Attachment complete(AttachmentCommand command) {
        String attachmentId = command.attachmentId();
        var opened = OpenedAttachment.open(access, campaigns, command, clock);
        Instant now = opened.receivedAt();
        Candidacy loaded = opened.candidacy();
        Attachment attachment = opened.attachment();
        if (attachment.received()) {
            return attachment;
        }
        var stored = files.describe(attachment.storageKey())
                .orElseThrow(() -> new DomainException(ErrorCode.UPLOAD_MISSING));
        if (stored.size() != attachment.size()) {
            reject(loaded, attachment, now);
            throw new DomainException(ErrorCode.FILE_SIZE_MISMATCH, stored.size(), attachment.size());
        }
        if (!FileSniffer.matches(attachment.type(), files.firstBytes(attachment.storageKey(), FileSniffer.SNIFF_BYTES))) {
            reject(loaded, attachment, now);
            metrics.record(new Metric.UploadRejected(Metric.UploadRejected.Reason.CONTENT_MISMATCH, attachment.type()));
            throw new DomainException(ErrorCode.FILE_TYPE_MISMATCH, attachment.type().extensions().get(0).toUpperCase());
        }
        Candidacy after = writer.apply(loaded, current -> current.attachment(attachmentId)
                .filter(a -> !a.received())
                .map(a -> current.withAttachments(current.attachments().stream()
                        .map(x -> x.id().equals(attachmentId) ? x.markReceived(now) : x).toList(), now))
                .orElse(current));
        return after.attachment(attachmentId).orElseThrow(() -> new DomainException(ErrorCode.ATTACHMENT_NOT_FOUND));
    }

    /** The object goes first: should the dossier write fail, a pending entry pointing at nothing is harmless. */
    private void reject(Candidacy loaded, Attachment attachment, Instant now) {
        files.delete(attachment.storageKey());
        writer.apply(loaded, current -> current.attachment(attachment.id()).isEmpty() ? current
                : current.withAttachments(current.attachments().stream()
                        .filter(a -> !a.id().equals(attachment.id())).toList(), now));
    }
}
