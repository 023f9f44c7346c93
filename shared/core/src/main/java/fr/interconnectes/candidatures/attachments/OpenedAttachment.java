package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.applications.ApplicantAccess;
import fr.interconnectes.candidatures.applications.CandidacyRules;
import fr.interconnectes.candidatures.domain.DomainException;
import fr.interconnectes.candidatures.domain.ErrorCode;
import fr.interconnectes.candidatures.domain.candidacy.Attachment;
import fr.interconnectes.candidatures.domain.candidacy.Candidacy;
import fr.interconnectes.candidatures.port.Campaigns;
import java.time.Clock;
import java.time.Instant;

/** The file an attachment command names, in the applicant's dossier opened for writing. */
record OpenedAttachment(Candidacy candidacy, Attachment attachment, Instant receivedAt) {

    static OpenedAttachment open(ApplicantAccess access, Campaigns campaigns, AttachmentCommand command, Clock clock) {
        var opened = CandidacyRules.openForWrite(access, campaigns, command.candidacyId(), command.authorization(),
                command.received(), clock);
        Attachment attachment = opened.candidacy().attachment(command.attachmentId())
                .orElseThrow(() -> new DomainException(ErrorCode.ATTACHMENT_NOT_FOUND));
        return new OpenedAttachment(opened.candidacy(), attachment, opened.receivedAt());
    }
}
