package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.ApplicationForms;
import fr.interconnectes.candidatures.applications.CandidacyRules;
import fr.interconnectes.candidatures.dossiers.CandidacyWriter;

import fr.interconnectes.candidatures.domain.Campaign;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.domain.candidacy.CandidacyStatus;
import fr.interconnectes.candidatures.port.Campaigns;
import fr.interconnectes.candidatures.port.Candidacies;
import fr.interconnectes.candidatures.port.FileStore;
import java.time.Clock;
import java.time.Instant;

/** The applicant removes a file, until the deadline. A submitted dossier keeps at least one file. */
public final class DeleteAttachment {

    private static final System.Logger LOG = System.getLogger(DeleteAttachment.class.getName());

    private final ApplicantAccess access;
    private final Campaigns campaigns;
    private final CandidacyWriter writer;
    private final FileStore files;
    private final ApplicationForms forms;
    private final Clock clock;

    public DeleteAttachment(ApplicantAccess access, Campaigns campaigns, Candidacies candidacies, FileStore files,
                            ApplicationForms forms, Clock clock) {
        this.access = access;
        this.campaigns = campaigns;
        this.writer = new CandidacyWriter(candidacies);
        this.files = files;
        this.forms = forms;
        this.clock = clock;
    }

    public void execute(AttachmentCommand command) {
        String candidacyId = command.candidacyId();
        String attachmentId = command.attachmentId();
        var opened = CandidacyRules.openForWrite(access, campaigns, candidacyId, command.authorization(), clock);
        Instant now = opened.receivedAt();
        Candidacy loaded = opened.candidacy();
        Campaign campaign = opened.campaign();
        Attachment attachment = loaded.attachment(attachmentId)
                .orElseThrow(() -> new DomainException(ErrorCode.ATTACHMENT_NOT_FOUND));
        writer.apply(loaded, current -> {
            if (current.attachment(attachmentId).isEmpty()) {
                return current;
            }
            Candidacy without = current.withAttachments(current.attachments().stream()
                    .filter(a -> !a.id().equals(attachmentId)).toList(), now);
            if (current.status() == CandidacyStatus.SUBMITTED) {
                var missing = forms.missingForSubmission(without);
                if (!missing.isEmpty()) {
                    throw new DomainException(ErrorCode.INCOMPLETE, missing, missing.size());
                }
            }
            return without;
        });
        try {
            files.delete(attachment.storageKey());
        } catch (RuntimeException e) {
            // the dossier no longer lists it; the bucket's lifecycle keeps nothing forever
            LOG.log(System.Logger.Level.WARNING, "file left in store after removal", "candidacyId", candidacyId,
                    "attachmentId", attachmentId);
        }
    }
}
