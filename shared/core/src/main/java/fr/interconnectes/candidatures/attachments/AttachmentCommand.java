package fr.interconnectes.candidatures.attachments;

/**
 * One file of one dossier, asked for by the applicant: what completing or removing an upload needs.
 *
 * @param authorization the Authorization header, for {@link fr.interconnectes.candidatures.applications.ApplicantAccess}
 */
public record AttachmentCommand(String candidacyId, String authorization, String attachmentId) {
}
