package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * Sent when someone asks for the links to their dossier again (template {@code access_link}).
 *
 * @param to             recipient address
 * @param language       language of the dossier ({@code null}: French)
 * @param zone           zone times are written in ({@code null}: Europe/Paris)
 * @param campaignTitle  campaign title, already in {@code language}
 * @param organisation   applicant organisation
 * @param projectTitle   project title
 * @param status         where the dossier stands
 * @param receiptNumber  receipt number, {@code null} when the dossier was never submitted
 * @param deadline       when the campaign closes, {@code null} to leave it out
 * @param link           self-service link (may carry the access token)
 */
public record AccessLinkMail(
        String to,
        Language language,
        ZoneId zone,
        String campaignTitle,
        String organisation,
        String projectTitle,
        Status status,
        String receiptNumber,
        Instant deadline,
        String link) implements MailModel {

    public AccessLinkMail {
        to = Checks.recipient(to);
        language = Checks.language(language);
        zone = Checks.zone(zone);
        campaignTitle = Checks.text(campaignTitle, "campaignTitle");
        organisation = Checks.text(organisation, "organisation");
        projectTitle = Checks.text(projectTitle, "projectTitle");
        Objects.requireNonNull(status, "status");
        receiptNumber = Checks.optionalText(receiptNumber);
        link = Checks.link(link);
    }

    /** Where a dossier stands, as told to the applicant. */
    public enum Status {
        /** Being written, not submitted yet. */
        DRAFT("brouillon, pas encore déposé", "draft, not submitted yet"),
        /** Submitted (it may still be edited until the campaign closes). */
        SUBMITTED("déposé", "submitted"),
        /** Withdrawn by the applicant. */
        WITHDRAWN("retiré", "withdrawn"),
        /** Still a draft when the campaign closed. */
        EXPIRED("non déposé avant la clôture de l'appel", "not submitted before the call closed");

        private final String fr;
        private final String en;

        Status(String fr, String en) {
            this.fr = fr;
            this.en = en;
        }

        public String label(Language language) {
            return language == Language.EN ? en : fr;
        }
    }
}
