package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;

import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.FileStore;
import java.time.Clock;
import java.time.Instant;

/** The applicant removes a file, until the deadline. A submitted dossier keeps at least one file. */
public record DeleteAttachment(ApplicantAccess access, Campaigns campaigns, CandidacyWriter writer, FileStore files,
                               ApplicationForms forms, Clock clock) {

    private static final System.Logger LOG = System.getLogger(DeleteAttachment.class.getName());

    public void execute(AttachmentCommand command) {
        String candidacyId = command.candidacyId();
        String attachmentId = command.attachmentId();
        var opened = OpenedAttachment.open(access, campaigns, command, clock);
        Instant now = opened.receivedAt();
        writer.apply(opened.candidacy(), current -> {
            if (current.attachment(attachmentId).isEmpty()) {
                return current;
            }
            Candidacy without = current.withAttachments(current.attachments().stream()
                    .filter(a -> !a.id().equals(attachmentId)).toList(), now);
            if (current.status() == CandidacyStatus.SUBMITTED) {
                forms.requireComplete(without);
            }
            return without;
        });
        try {
            files.delete(opened.attachment().storageKey());
        } catch (RuntimeException e) {
            // the dossier no longer lists it; the bucket's lifecycle keeps nothing forever
            LOG.log(System.Logger.Level.WARNING, "file left in store after removal", "candidacyId", candidacyId,
                    "attachmentId", attachmentId);
        }
    }
}
