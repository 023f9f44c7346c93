package fr.interconnectes.candidatures.notifications;

import fr.interconnectes.candidatures.domain.Language;

import java.util.Objects;

/**
 * The jury's decision after the regional selection (template {@code decision}). It holds no time, hence no zone.
 *
 * @param to                 recipient address
 * @param language           language of the dossier ({@code null}: French)
 * @param campaignTitle      campaign title, already in {@code language}
 * @param organisation       applicant organisation
 * @param projectTitle       project title
 * @param outcome            finalist or not selected
 * @param nationalForum      for finalists: the national forum, as free text in {@code language} (e.g. « Forum
 *                           national des Interconnectés, 12 et 13 décembre 2019, Lyon »); {@code null} to leave it
 *                           out; not written for {@link Outcome#NOT_SELECTED}
 * @param organisersMessage  a message from the organisers, in {@code language}, {@code null} for none; blank lines
 *                           separate paragraphs
 */
public record DecisionMail(
        String to,
        Language language,
        String campaignTitle,
        String organisation,
        String projectTitle,
        Outcome outcome,
        String nationalForum,
        String organisersMessage) implements MailModel {

    public DecisionMail {
        to = Checks.recipient(to);
        language = Checks.language(language);
        campaignTitle = Checks.text(campaignTitle, "campaignTitle");
        organisation = Checks.text(organisation, "organisation");
        projectTitle = Checks.text(projectTitle, "projectTitle");
        Objects.requireNonNull(outcome, "outcome");
        nationalForum = Checks.optionalText(nationalForum);
        organisersMessage = Checks.optionalText(organisersMessage);
    }

    public enum Outcome {
        FINALIST, NOT_SELECTED
    }
}
