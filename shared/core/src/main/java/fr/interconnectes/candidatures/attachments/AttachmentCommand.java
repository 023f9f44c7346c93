package fr.interconnectes.candidatures.attachments;

import fr.interconnectes.candidatures.applications.ReceivedAt;

/**
 * One file of one dossier, asked for by the applicant: what completing or removing an upload needs.
 *
 * @param authorization the Authorization header, for {@link fr.interconnectes.candidatures.applications.ApplicantAccess}
 */
public record AttachmentCommand(String candidacyId, String authorization, String attachmentId, ReceivedAt received) {

    /** A command with no receipt time: the function's clock decides. */
    public AttachmentCommand(String candidacyId, String authorization, String attachmentId) {
        this(candidacyId, authorization, attachmentId, ReceivedAt.UNKNOWN);
    }
}
