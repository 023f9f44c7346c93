package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Sent when a campaign closed while the dossier was still a draft (template {@code expired}).
 *
 * @param to             recipient address
 * @param language       language of the dossier ({@code null}: French)
 * @param zone           zone times are written in ({@code null}: Europe/Paris)
 * @param campaignTitle  campaign title, already in {@code language}
 * @param organisation   applicant organisation
 * @param projectTitle   project title
 * @param deadline       the deadline that passed
 */
public record ExpiredMail(
        String to,
        Language language,
        ZoneId zone,
        String campaignTitle,
        String organisation,
        String projectTitle,
        Instant deadline) implements MailModel {

    public ExpiredMail {
        to = Checks.recipient(to);
        language = Checks.language(language);
        zone = Checks.zone(zone);
        campaignTitle = Checks.text(campaignTitle, "campaignTitle");
        organisation = Checks.text(organisation, "organisation");
        projectTitle = Checks.text(projectTitle, "projectTitle");
        Objects.requireNonNull(deadline, "deadline");
    }
}
