package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Sent when a dossier is withdrawn (template {@code withdrawal}).
 *
 * @param to             recipient address
 * @param language       language of the dossier ({@code null}: French)
 * @param zone           zone times are written in ({@code null}: Europe/Paris)
 * @param campaignTitle  campaign title, already in {@code language}
 * @param organisation   applicant organisation
 * @param projectTitle   project title
 * @param receiptNumber  receipt number, {@code null} when the dossier was never submitted
 * @param withdrawnAt    when the dossier was withdrawn
 * @param link           self-service link (may carry the access token)
 */
public record WithdrawalMail(
        String to,
        Language language,
        ZoneId zone,
        String campaignTitle,
        String organisation,
        String projectTitle,
        String receiptNumber,
        Instant withdrawnAt,
        String link) implements MailModel {

    public WithdrawalMail {
        to = Checks.recipient(to);
        language = Checks.language(language);
        zone = Checks.zone(zone);
        campaignTitle = Checks.text(campaignTitle, "campaignTitle");
        organisation = Checks.text(organisation, "organisation");
        projectTitle = Checks.text(projectTitle, "projectTitle");
        receiptNumber = Checks.optionalText(receiptNumber);
        Objects.requireNonNull(withdrawnAt, "withdrawnAt");
        link = Checks.link(link);
    }
}
