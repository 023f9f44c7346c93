package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;

import java.time.ZoneId;

/**
 * What every mail about a dossier starts from: who it goes to, the language and zone it is written in, and the
 * campaign, organisation and project it is about.
 *
 * @param to             recipient address
 * @param language       language of the dossier ({@code null}: French)
 * @param zone           zone times are written in ({@code null}: Europe/Paris)
 * @param campaignTitle  campaign title, already in {@code language}
 * @param organisation   applicant organisation ({@code null}, with the project's title, in a mail about no single
 *                       dossier: a juror's reminder)
 * @param projectTitle   project title (likewise)
 */
public record MailHeader(
        String to,
        Language language,
        ZoneId zone,
        String campaignTitle,
        String organisation,
        String projectTitle) {

    public MailHeader {
        to = Checks.recipient(to);
        language = language == null ? Language.FR : language;
        zone = zone == null ? MailModel.PARIS : zone;
        campaignTitle = Checks.text(campaignTitle, "campaignTitle");
        // both, in a mail about a dossier; neither, in a mail about no single dossier (a juror's reminder)
        if (organisation != null || projectTitle != null) {
            organisation = Checks.text(organisation, "organisation");
            projectTitle = Checks.text(projectTitle, "projectTitle");
        }
    }
}
